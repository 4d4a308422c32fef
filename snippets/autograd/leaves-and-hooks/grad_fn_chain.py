import torch

A = torch.ones(2, requires_grad=True)
B = A * 2
C = B.norm()

print("A.grad_fn:", A.grad_fn)  # a leaf made by the user has no grad_fn
print("B.grad_fn:", type(B.grad_fn).__name__)
print("C.grad_fn:", type(C.grad_fn).__name__)


def walk(fn, depth=0):
    """Follow next_functions from the output back to the leaves."""
    label = type(fn).__name__
    if hasattr(fn, "variable"):  # AccumulateGrad: writes into a leaf's .grad
        leaf = fn.variable
        label += f"  -> leaf of shape {tuple(leaf.shape)}, is A: {leaf is A}"
    print("  " * depth + label)
    for next_fn, _ in fn.next_functions:
        if next_fn is not None:
            walk(next_fn, depth + 1)


print("graph of C, from the output back:")
walk(C.grad_fn)
