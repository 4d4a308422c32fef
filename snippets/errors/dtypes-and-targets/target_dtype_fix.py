import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.3, 2.2]])
labels = torch.tensor([0.0, 2.0]).long()  # int64 class indices
loss = nn.CrossEntropyLoss()(logits, labels)
print("labels:", labels.dtype, " loss:", round(loss.item(), 4))
