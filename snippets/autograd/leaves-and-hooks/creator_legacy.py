# raises AttributeError
import torch

A = torch.ones(2, requires_grad=True)
B = A * 2
print(B.creator)  # old name (PyTorch < 0.2) of what is now B.grad_fn
