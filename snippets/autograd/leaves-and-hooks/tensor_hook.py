import torch

A = torch.ones(2, requires_grad=True)
B = A * 2


def show_grad(grad):  # returns None: the gradient is left as it is
    print("  gradient arriving at B:", grad)


def scale_by_10(grad):  # the returned tensor flows on to A instead
    return grad * 10


print("1) a hook that only prints")
handle = B.register_hook(show_grad)
B.norm().backward(retain_graph=True)  # B is used again below
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
