# warns UserWarning
import torch

w = torch.ones(3, requires_grad=True) * 2  # not a leaf: made by a multiply
(w**2).sum().backward()
print("w.grad:", w.grad)
