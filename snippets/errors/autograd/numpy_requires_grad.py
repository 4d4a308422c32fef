# raises RuntimeError
# cpu-only: on a GPU the device check fails first, with a TypeError
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
pred = model(torch.ones(4, 2))
pred.numpy()
