import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[0].requires_grad = False  # only adds an attribute to the module
print("model[0].requires_grad:", model[0].requires_grad)
print("weight.requires_grad:  ", model[0].weight.requires_grad)
model(torch.ones(1, 4)).sum().backward()
print("weight got a gradient: ", model[0].weight.grad is not None)

model[0].requires_grad_(False)  # the method sets it on every parameter
print("after requires_grad_(False):", end=" ")
print([p.requires_grad for p in model[0].parameters()])
