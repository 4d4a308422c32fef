import torch
from torch import nn


class Forgetful(nn.Module):
    def __init__(self):
        # super().__init__() is missing
        self.fc = nn.Linear(4, 2)


class NoLayersYet(nn.Module):
    def __init__(self):
        # missing too, but nothing is assigned that nn.Module has to track
        self.scale = 2.0

    def forward(self, x):
        return x * self.scale


class Proper(nn.Module):
    def __init__(self):
        super().__init__()  # sets up the dicts of parameters, buffers, ...
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(x)


try:
    Forgetful()
except AttributeError as err:
    print("Forgetful():  ", type(err).__name__ + ":", err)

model = NoLayersYet()  # builds without complaint...
try:
    model(torch.ones(1))  # ...and fails on the first call
except AttributeError as err:
    print("NoLayersYet():", type(err).__name__ + ":", err)

print(Proper())
