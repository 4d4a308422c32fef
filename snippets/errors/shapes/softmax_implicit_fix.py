import torch
from torch import nn

logits = torch.arange(24.0).view(2, 3, 4) / 10
probs = nn.Softmax(dim=-1)(logits)  # the class dimension, named
print("sums over the classes:", probs.sum(-1).round(decimals=3).tolist())
same = torch.softmax(logits, dim=-1)
print("same as torch.softmax(dim=-1):", torch.allclose(probs, same))
