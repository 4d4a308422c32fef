# raises RuntimeError
import torch
from torch import nn

model = nn.Linear(3, 1)
x = torch.ones(2, 3)
with torch.no_grad():  # e.g. the validation code, reused for training
    loss = model(x).pow(2).mean()
print("requires_grad:", loss.requires_grad, "| grad_fn:", loss.grad_fn)
loss.backward()
