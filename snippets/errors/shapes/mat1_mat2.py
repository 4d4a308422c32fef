# raises RuntimeError
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(16 * 8 * 8, 10),  # sized for 16x16 images
)
x = torch.zeros(5, 3, 32, 32)  # a batch of 5 images, 32x32
model(x)
