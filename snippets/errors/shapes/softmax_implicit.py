# warns UserWarning
import torch
from torch import nn

# 2 sequences, 3 time steps, 4 classes: (N, T, C)
logits = torch.arange(24.0).view(2, 3, 4) / 10
probs = nn.Softmax()(logits)  # no dim: which one does it pick?
print("sums over the classes:", probs.sum(-1).round(decimals=3).tolist())
print("sums over the batch:  ", probs.sum(0).round(decimals=3).tolist())
