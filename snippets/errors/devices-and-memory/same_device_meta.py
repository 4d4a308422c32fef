# raises RuntimeError
import torch
from torch import nn

# "meta" plays the GPU: a second device that every machine has
model = nn.Linear(4, 2).to("meta")
x = torch.ones(3, 4, device="cpu")
model(x)
