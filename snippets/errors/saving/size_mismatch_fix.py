import torch
from torch import nn

old = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 10))
torch.save(old.state_dict(), "model.pth")

new = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 5))
state = torch.load("model.pth")
own = new.state_dict()
# Keep what fits; the new head keeps its fresh initial weights
fits = {k: v for k, v in state.items() if v.shape == own[k].shape}
print(new.load_state_dict(fits, strict=False))
