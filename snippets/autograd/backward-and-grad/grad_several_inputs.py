import torch
from torch import autograd

x = torch.tensor(2.0, requires_grad=True)
a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0, requires_grad=True)
y = a**2 * x + b * x + c

# one call, one gradient per input, in the order of the list
grads = autograd.grad(y, [a, b, c], create_graph=True)
print("dy/da, dy/db, dy/dc:", [g.item() for g in grads])
print("a.grad, b.grad, c.grad:", a.grad, b.grad, c.grad)

# create_graph=True: each gradient can be differentiated again
dy_da = grads[0]  # 2 * a * x
second = autograd.grad(dy_da, [a, x], retain_graph=True)
print("d2y/da2, d2y/da dx:", [g.item() for g in second])

# b does not appear in dy/da: an error, unless you allow it
try:
    autograd.grad(dy_da, [a, b], retain_graph=True)
except RuntimeError as err:
    print("RuntimeError:", err)
print(
    "allow_unused=True:",
    autograd.grad(dy_da, [a, b], retain_graph=True, allow_unused=True),
)
print(
    "materialize_grads=True:",
    autograd.grad(dy_da, [a, b], materialize_grads=True),
)
