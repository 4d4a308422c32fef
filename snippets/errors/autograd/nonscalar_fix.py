import torch
import torch.nn.functional as F

pred = torch.tensor([0.5, 1.5, 2.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 2.0])
loss = F.mse_loss(pred, target, reduction="none")
loss.mean().backward()  # reduce to one number first
print("pred.grad:", [round(g, 4) for g in pred.grad.tolist()])
