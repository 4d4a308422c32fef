# cuda-only: the message comes from a GPU kernel
# script: after a device-side assert CUDA is unusable in that process
# raises AcceleratorError
import torch
from torch import nn

logits = torch.zeros(4, 3, device="cuda")  # 3 classes: 0, 1, 2
labels = torch.tensor([0, 2, 3, 1], device="cuda")  # 3 is out of range
loss = nn.functional.cross_entropy(logits, labels)
print("loss:", loss.item())
