import torch
from torch import nn

model = nn.Linear(4, 3)
x = torch.randn(1, 4)

logits = model(x)  # keep (N, C), even when N is 1
print("logits:", tuple(logits.shape), "pred:", tuple(logits.argmax(1).shape))

# one sample without a batch dimension: add one
sample = torch.randn(4)
print("unsqueeze(0):", tuple(model(sample.unsqueeze(0)).shape))

# dim=-1 means "the last dimension", whatever the number of dimensions
print("dim=-1:", tuple(model(sample).softmax(dim=-1).shape))

# squeeze only the dimension you mean: (N, 1) -> (N,)
regressor = nn.Linear(4, 1)
print("squeeze():  ", tuple(regressor(x).squeeze().shape))
print("squeeze(-1):", tuple(regressor(x).squeeze(-1).shape))
