import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]])
target = torch.tensor([0, 2])

try:
    loss = nn.CrossEntropyLoss(logits, target)  # data to the constructor
except RuntimeError as err:
    print(type(err).__name__ + ":", err)

loss = nn.CrossEntropyLoss()(logits, target)  # build, then call
print(round(loss.item(), 4))
