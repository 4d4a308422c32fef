import torch

# In-place is an error only where it overwrites a value backward needs
x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = x * 2  # mul by a constant saves nothing about y
y.add_(1)  # fine
y.relu_()  # fine too: relu's backward can use its output
y.sum().backward()
print("y:", y.tolist(), " x.grad:", x.grad.tolist())

w = torch.ones(3, requires_grad=True)  # a leaf: a parameter you train
try:
    w -= 0.1 * x.grad  # a hand-written SGD step
except RuntimeError as err:
    print("RuntimeError:", err)

with torch.no_grad():  # how optimizers do it
    w -= 0.1 * x.grad
print(
    "w after the step:",
    [round(v, 4) for v in w.tolist()],
    " is_leaf:",
    w.is_leaf,
    " requires_grad:",
    w.requires_grad,
)
