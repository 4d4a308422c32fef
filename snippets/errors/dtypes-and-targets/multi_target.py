# raises RuntimeError
import torch
from torch import nn

logits = torch.zeros(4, 3)  # (N, C)
labels = torch.tensor([[0], [2], [1], [0]])  # (N, 1), e.g. df[["label"]]
print("logits:", tuple(logits.shape), " labels:", tuple(labels.shape))
nn.CrossEntropyLoss()(logits, labels)
