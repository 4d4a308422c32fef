# raises ValueError
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 8), nn.Linear(8, 2)]  # a plain list

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Net()
print("parameters:", len(list(model.parameters())))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
