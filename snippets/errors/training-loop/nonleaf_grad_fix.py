import torch

w = (torch.ones(3) * 2).requires_grad_()  # compute first, then mark: a leaf
(w**2).sum().backward()
print("w.is_leaf:", w.is_leaf, "| w.grad:", w.grad.tolist())
