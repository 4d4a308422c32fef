import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.3, 2.2], [1.0, 1.0, 1.0]])
labels = torch.tensor([0, 2, 1])
loss = nn.functional.cross_entropy(logits, labels, reduction="none")
print("mean:", round(loss.mean().item(), 4))  # reduce first, then item()
print("each:", [round(v, 4) for v in loss.tolist()])  # or all of them
