import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # three outputs, not one

try:
    y.backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

# gradient= is the vector v in v^T J: one weight per element of y
v = torch.tensor([1.0, 1.0, 1.0])
y.backward(gradient=v, retain_graph=True)
print("gradient=ones:       x.grad =", x.grad.tolist())  # d(sum y)/dx = 2x

x.grad = None
v = torch.tensor([1.0, 0.0, 0.0])
y.backward(gradient=v, retain_graph=True)
print("gradient=[1, 0, 0]:  x.grad =", x.grad.tolist())  # only dy0/dx

# the same numbers from the full Jacobian
J = torch.autograd.functional.jacobian(lambda t: t**2, x.detach())
print("Jacobian:", J.tolist())
print("v @ J:   ", (v @ J).tolist())

# and the usual way to get a scalar: reduce first
x.grad = None
(y * v).sum().backward()
print("(y * v).sum().backward(): x.grad =", x.grad.tolist())
