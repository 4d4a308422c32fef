# raises RuntimeError
import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.3, 2.2], [1.0, 1.0, 1.0]])
labels = torch.tensor([0, 2, 1])
# reduction="none": one loss per sample, not their mean
loss = nn.functional.cross_entropy(logits, labels, reduction="none")
print("loss:", tuple(loss.shape))
loss.item()
