import torch
from torch import nn

target = torch.tensor([[1, 0, 1], [0, 1, 0], [1, 1, 1]])  # int64 multi-hot
logits = torch.tensor([[2.1, -1.5, 0.3], [-0.4, 1.2, -2.0], [0.8, -0.2, 1.7]])

try:  # integer targets
    nn.BCEWithLogitsLoss()(logits, target)
except RuntimeError as err:
    print("RuntimeError:", err)

# argmax keeps exactly one label per image
print("argmax:     ", logits.argmax(dim=1).tolist())
print("logits > 0: ", (logits > 0).int().tolist())
print("target:     ", target.tolist())
