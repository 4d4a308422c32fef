import torch
from torch import nn

conv = nn.Conv2d(1, 8, kernel_size=3)
images = torch.zeros(64, 28, 28)
x = images.unsqueeze(1)  # add the channel dimension: (N, 1, H, W)
print(tuple(x.shape), "->", tuple(conv(x).shape))

# Images from NumPy or PIL are channels-last: (N, H, W, C)
rgb_conv = nn.Conv2d(3, 8, kernel_size=3)
photos = torch.zeros(4, 32, 32, 3)
x = photos.permute(0, 3, 1, 2)  # -> (N, C, H, W)
print(tuple(x.shape), "->", tuple(rgb_conv(x).shape))
