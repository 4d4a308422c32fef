# cuda-only: needs a GPU to put the batch on
# raises RuntimeError
import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=3, device="cpu")  # never moved
images = torch.zeros(1, 3, 32, 32, device="cuda")
conv(images)
