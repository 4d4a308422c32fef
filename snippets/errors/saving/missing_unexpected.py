# raises RuntimeError
import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


# Saved during multi-GPU training: DataParallel adds "module." to every key
torch.save(nn.DataParallel(make_model()).state_dict(), "model.pth")

model = make_model()
model.load_state_dict(torch.load("model.pth"))
