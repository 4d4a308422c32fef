import torch
from torch import nn

model = nn.Linear(4, 1)
x = torch.ones(8, 4)

total_loss = 0
for _ in range(3):
    loss = model(x).pow(2).mean()
    total_loss += loss  # a tensor: keeps every step's graph alive
print(type(total_loss).__name__, type(total_loss.grad_fn).__name__)

total_loss = 0.0
for _ in range(3):
    loss = model(x).pow(2).mean()
    total_loss += loss.item()  # a Python float: the graph can go
print(type(total_loss).__name__)

with torch.no_grad():  # evaluation: no graph is recorded at all
    out = model(x)
print("eval output requires_grad:", out.requires_grad)
