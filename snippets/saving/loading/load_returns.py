import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 4, 3))
        self.classifier = nn.Linear(4, 2)


torch.save(Net().state_dict(), "net.pth")
net = Net()
weight = net.features[0].weight

# A common line: params = model.load_state_dict(torch.load(...))
params = net.load_state_dict(torch.load("net.pth"))
print("returned:", params, "| type:", type(params).__name__)
print("fields:", params._fields, "| as a tuple:", tuple(params))
try:
    params["features.0.weight"]  # what it meant to read
except TypeError as err:
    print("TypeError:", err)

# The weights were copied into the model's own parameters, in place.
print("same Parameter object as before:", net.features[0].weight is weight)
state = net.state_dict()  # this is the dict of weights
print("state_dict:", {k: tuple(v.shape) for k, v in state.items()})

# With strict=False the same NamedTuple lists what did not match.
state["extra.bias"] = state.pop("classifier.bias")
print(net.load_state_dict(state, strict=False))
