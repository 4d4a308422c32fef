# raises RuntimeError
import torch
from torch import nn

conv = nn.Conv2d(1, 8, kernel_size=3)  # expects (N, 1, H, W)
images = torch.zeros(64, 28, 28)  # 64 grey images, no channel dimension
conv(images)
