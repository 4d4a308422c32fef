import torch
from torch import nn


def build():
    return nn.Sequential(nn.Flatten(), nn.LazyLinear(10))


trained = build()
trained(torch.zeros(1, 3, 4, 4))  # dry run: in_features = 48
torch.save(trained.state_dict(), "lazy.pth")

model = build()  # a fresh lazy model, no dry run
print("before:", type(model[1].weight).__name__)
print(model.load_state_dict(torch.load("lazy.pth")))
print("after: ", type(model[1].weight).__name__, tuple(model[1].weight.shape))
print("parameters:", sum(p.numel() for p in model.parameters()))
print("same weights:", torch.equal(model[1].weight, trained[1].weight))

model(torch.zeros(1, 3, 4, 4))  # the first forward finishes the switch
print(model[1])
