import torch
from torch import nn

used = nn.Linear(3, 1)
unused = nn.Linear(3, 1)  # defined, but not called in the forward pass
frozen = nn.Linear(3, 1).requires_grad_(False)
print("before backward:", used.weight.grad)

x = torch.ones(2, 3)
loss = (used(x) + frozen(x)).sum()
loss.backward()
print("used:  ", used.weight.grad.tolist())
print("unused:", unused.weight.grad)
print("frozen:", frozen.weight.grad)

w = torch.ones(3, requires_grad=True) * 2  # the result of an operation
print("w.is_leaf:", w.is_leaf, "| w.grad_fn:", type(w.grad_fn).__name__)
