# warns UserWarning
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
t = torch.tensor(w * 3)  # copies the values, drops the graph
print("requires_grad:", t.requires_grad, "| values:", t.tolist())
