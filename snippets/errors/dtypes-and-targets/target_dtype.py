# raises RuntimeError
import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.3, 2.2]])  # (N, C)
labels = torch.tensor([0.0, 2.0])  # class numbers, stored as floats
print("labels:", labels.dtype, tuple(labels.shape))
nn.CrossEntropyLoss()(logits, labels)
