# raises IndexError
import torch
from torch import nn

model = nn.Linear(4, 3)  # 4 features in, 3 classes out
x = torch.randn(1, 4)  # a batch of one sample
logits = model(x).squeeze()  # (1, 3) -> (3,): the batch dimension is gone
print("logits:", tuple(logits.shape))
pred = logits.argmax(dim=1)
