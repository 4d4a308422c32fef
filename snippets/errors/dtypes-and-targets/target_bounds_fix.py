import torch
from torch import nn

logits = torch.zeros(4, 3)
labels = torch.tensor([1, 2, 3, 1]) - 1  # shift to 0 .. C-1
low, high = labels.min().item(), labels.max().item()
print("labels:", labels.tolist(), f" range {low}..{high}", end="")
print("  classes:", logits.shape[1])
loss = nn.CrossEntropyLoss()(logits, labels)
print("loss:", round(loss.item(), 4))
