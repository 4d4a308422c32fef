# raises RuntimeError
import torch
from torch import nn

model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten())
model[1].register_forward_hook(
    lambda m, inputs, output: output.register_hook(print)
)
with torch.no_grad():  # the usual wrapper for inference
    model(torch.zeros(1, 1, 8, 8))
