import torch

A = torch.ones(2, requires_grad=True)
B = A * 2


def show_grad(grad):
    print(
        "  gradient arriving at B:", grad
    )  # returns None: the gradient is left as it is


def scale_by_10(grad):
    return (
        grad * 10
    )  # a returned tensor replaces the gradient that flows on to A


print("1) a hook that only prints")
handle = B.register_hook(show_grad)
B.norm().backward(
    retain_graph=True
)  # B is used again below: keep its part of the graph
print("  A.grad:", A.grad)
handle.remove()

print("2) a hook that rescales")
A.grad = None
handle = B.register_hook(scale_by_10)
B.norm().backward(retain_graph=True)
print("  A.grad:", A.grad)

print("3) after handle.remove()")
handle.remove()
A.grad = None
B.norm().backward()
print("  A.grad:", A.grad)
