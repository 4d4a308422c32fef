# raises RuntimeError
import torch
from torch import nn

target = torch.cat([torch.zeros(90), torch.ones(10)]).long()
counts = torch.bincount(target)
weight = counts.max() // counts  # integer division: an int64 tensor
print("weights:", weight.tolist(), weight.dtype)
nn.CrossEntropyLoss(weight=weight)(torch.zeros(100, 2), target)
