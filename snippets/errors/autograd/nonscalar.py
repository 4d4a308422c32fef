# raises RuntimeError
import torch
import torch.nn.functional as F

pred = torch.tensor([0.5, 1.5, 2.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 2.0])
loss = F.mse_loss(pred, target, reduction="none")  # one loss per sample
print("loss shape:", tuple(loss.shape))
loss.backward()
