import torch
import torch.nn.functional as F
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3))
model.to(device)
x = torch.randn(4, 8, device=device)
target = torch.tensor([0, 2, 1, 0], device=device)

with torch.autocast(device_type=device.type, dtype=torch.bfloat16):
    hidden = model[0](x)
    logits = model[2](model[1](hidden))
    product = x @ x.T
    loss = F.cross_entropy(logits, target)
    mse = F.mse_loss(logits, torch.zeros_like(logits))
    mixed = hidden + torch.ones(16, device=device)

print("inside autocast:")
print("  linear       ", hidden.dtype)
print("  relu         ", model[1](hidden).dtype)
print("  matmul (@)   ", product.dtype)
print("  cross_entropy", loss.dtype)
print("  mse_loss     ", mse.dtype)
print("  bf16 + fp32  ", mixed.dtype)

loss.backward()
print("weights stay  ", model[0].weight.dtype)
print("gradients     ", model[0].weight.grad.dtype)
print("outside       ", model(x).dtype)
