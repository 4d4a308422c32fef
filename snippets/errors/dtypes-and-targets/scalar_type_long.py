# raises RuntimeError
import torch
from torch import nn

scores = torch.zeros(2, 3)
labels = torch.tensor([0.0, 2.0])
nn.MultiMarginLoss()(scores, labels)
