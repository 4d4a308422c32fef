# raises IndexError
# cpu-only: on CUDA this bug stops in a device-side assert instead
import torch
from torch import nn

logits = torch.zeros(4, 3)  # 3 classes: valid targets are 0, 1, 2
labels = torch.tensor([1, 2, 3, 1])  # labels counted from 1
print("classes:", logits.shape[1], " labels:", labels.tolist())
nn.CrossEntropyLoss()(logits, labels)
