import torch
from torch import nn

model = nn.Linear(3, 1)
x = torch.ones(2, 3)
loss = model(x).pow(2).mean()  # outside no_grad: the graph is recorded
print(
    "requires_grad:",
    loss.requires_grad,
    "| grad_fn:",
    type(loss.grad_fn).__name__,
)
loss.backward()
print("weight.grad shape:", tuple(model.weight.grad.shape))
