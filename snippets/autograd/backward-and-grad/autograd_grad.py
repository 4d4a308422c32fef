import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3
z = 4 * y

# dz/dy for the intermediate tensor y: returned, not stored in y.grad
(dz_dy,) = torch.autograd.grad(z, y, retain_graph=True)
print("dz/dy =", dz_dy.item())

# dy/dx = 3x^2 = 12, with a graph of its own to differentiate again
(dy_dx,) = torch.autograd.grad(y, x, create_graph=True)
print(
    "dy/dx =",
    dy_dx.item(),
    "| requires_grad:",
    dy_dx.requires_grad,
    "| grad_fn:",
    type(dy_dx.grad_fn).__name__,
)

(d2y_dx2,) = torch.autograd.grad(dy_dx, x)  # 6x = 12
print("d2y/dx2 =", d2y_dx2.item())
print("x.grad after all this:", x.grad)  # autograd.grad never writes .grad

# without create_graph the first derivative is a constant: no second derivative
x2 = torch.tensor(2.0, requires_grad=True)
(first,) = torch.autograd.grad(x2**3, x2)
print("without create_graph: requires_grad =", first.requires_grad)
try:
    torch.autograd.grad(first, x2)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
