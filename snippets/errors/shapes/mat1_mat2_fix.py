import torch
from torch import nn

features = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1),
    nn.MaxPool2d(2),
    nn.Flatten(),
)
x = torch.zeros(5, 3, 32, 32)
print("before Linear:", tuple(features(x).shape))

# Ask the layers for the size instead of working it out by hand
n_features = features(torch.zeros(1, 3, 32, 32)).shape[1]
model = nn.Sequential(features, nn.Linear(n_features, 10))
print("in_features:", n_features, " output:", tuple(model(x).shape))
