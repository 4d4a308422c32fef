import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.save(nn.DataParallel(make_model()).state_dict(), "model.pth")

state = torch.load("model.pth")
print("in the file:", list(state)[:2], "...")
state = {k.removeprefix("module."): v for k, v in state.items()}
model = make_model()
print(model.load_state_dict(state))
