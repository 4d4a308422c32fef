import torch
from torch import nn

conv = nn.Conv2d(1, 8, kernel_size=3)
image = torch.zeros(28, 28)
x = image.unsqueeze(0).unsqueeze(0)  # (1, 1, H, W): a batch of one
print(tuple(x.shape), "->", tuple(conv(x).shape))
