import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3),
    nn.ReLU(),
    nn.Flatten(),
    nn.LazyLinear(10),  # in_features left for PyTorch to find
)
print("before:", model[3])
print("weight:", type(model[3].weight).__name__)

model(torch.zeros(1, 3, 28, 28))  # dry run: 8 * 26 * 26 = 5408 features
print("after: ", model[3])
print("weight:", type(model[3].weight).__name__, tuple(model[3].weight.shape))
