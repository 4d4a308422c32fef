# warns UserWarning
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

block = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
x = torch.ones(2, 4)  # plain input data: requires_grad=False

out = checkpoint(block, x)  # use_reentrant not given: True is used
# no graph back to the block: its weights can never get a gradient
print("out.requires_grad:", out.requires_grad)
