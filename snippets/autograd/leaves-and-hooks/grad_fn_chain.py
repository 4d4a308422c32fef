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
    if hasattr(
        fn, "variable"
    ):  # AccumulateGrad: the node that writes into a leaf's .grad
        label += f"  -> leaf of shape {tuple(fn.variable.shape)}, is A: {fn.variable is A}"
    print("  " * depth + label)
    for next_fn, _ in fn.next_functions:
        if next_fn is not None:
            walk(next_fn, depth + 1)


print("graph of C, from the output back:")
walk(C.grad_fn)
