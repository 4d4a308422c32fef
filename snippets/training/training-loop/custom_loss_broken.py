import math

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)


def rmse_via_float(pred, target, requires_grad=False):
    mse = ((pred - target) ** 2).mean().item()  # a Python float
    # a brand-new tensor: nothing connects it to pred any more
    return torch.tensor(math.sqrt(mse), requires_grad=requires_grad)


try:
    rmse_via_float(model(x), y).backward()
except RuntimeError as e:
    print("RuntimeError:", e)

rmse_via_float(model(x), y, requires_grad=True).backward()  # no error...
print("requires_grad=True, model.weight.grad:", model.weight.grad)


def rmse(pred, target):  # tensor ops all the way
    return ((pred - target) ** 2).mean().sqrt()


rmse(model(x), y).backward()
print("tensor ops, model.weight.grad:", model.weight.grad.shape)
