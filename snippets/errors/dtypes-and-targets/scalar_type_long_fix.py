import torch
from torch import nn

scores = torch.zeros(2, 3)
labels = torch.tensor([0.0, 2.0])
loss = nn.MultiMarginLoss()(scores, labels.long())
print("loss:", round(loss.item(), 4))
