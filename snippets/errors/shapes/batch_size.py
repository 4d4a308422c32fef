# raises ValueError
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.MaxPool2d(2))
fc = nn.Linear(16 * 4 * 4, 10)  # written for 8x8 images

images = torch.randn(8, 3, 16, 16)  # the images are 16x16
labels = torch.randint(0, 10, (8,))
features = conv(images)
print("features:", tuple(features.shape))
flat = features.view(-1, 16 * 4 * 4)  # -1 soaks up the extra values
print("flat:", tuple(flat.shape))
nn.functional.cross_entropy(fc(flat), labels)
