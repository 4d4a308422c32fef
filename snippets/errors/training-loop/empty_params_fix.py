import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 8), nn.Linear(8, 2)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Net()
print("parameters:", len(list(model.parameters())))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print("optimizer holds", len(optimizer.param_groups[0]["params"]), "tensors")

# A generator runs once: a second pass over the same one finds nothing
params = model.parameters()
print("first pass:", len(list(params)), "| second pass:", len(list(params)))
