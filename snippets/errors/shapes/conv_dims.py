# raises RuntimeError
import torch
from torch import nn

conv = nn.Conv2d(1, 8, kernel_size=3)
image = torch.zeros(28, 28)  # one grey image: (H, W)
conv(image)
