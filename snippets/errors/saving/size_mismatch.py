# raises RuntimeError
import torch
from torch import nn

# A checkpoint trained for 10 classes, loaded into a model for 5
old = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 10))
torch.save(old.state_dict(), "model.pth")

new = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 5))
new.load_state_dict(torch.load("model.pth"))
