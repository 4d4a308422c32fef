# raises RuntimeError
import torch
from torch import nn
from torch.nn import functional as F

logits = torch.zeros(4, 3)  # (N, C)
labels = torch.tensor([0, 2, 1, 0])
target = F.one_hot(labels, num_classes=3)  # (N, C), int64
print("target:", tuple(target.shape), target.dtype)
nn.CrossEntropyLoss()(logits, target)
