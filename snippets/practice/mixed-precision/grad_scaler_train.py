# cuda-only: float16 autocast and GradScaler are for CUDA
import torch
from torch import nn

device = torch.device("cuda")
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 4))
model.to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cuda")
x = torch.randn(16, 32, device=device)
y = torch.randint(0, 4, (16,), device=device)

for step in range(3):
    optimizer.zero_grad()
    with torch.autocast(device_type="cuda", dtype=torch.float16):
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
    scaler.scale(loss).backward()  # gradients are multiplied by the scale
    scaler.unscale_(optimizer)  # divide them back before clipping
    norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(optimizer)  # skipped if any gradient is inf/NaN
    scaler.update()
    print(
        f"step {step}: logits {logits.dtype}, loss {loss.dtype}, "
        f"grad norm {norm.item():.3f}, scale {scaler.get_scale():.0f}"
    )
