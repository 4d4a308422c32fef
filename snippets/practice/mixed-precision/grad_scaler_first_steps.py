import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(4, 1).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
scaler = torch.amp.GradScaler(device.type)  # initial scale 65536
x = torch.ones(4, 4, device=device)

for step in range(5):
    optimizer.zero_grad()
    with torch.autocast(device.type, dtype=torch.float16):
        loss = model(x).float().sum()
    scale = scaler.get_scale()
    scaler.scale(loss).backward()  # float16 gradients: 4 * scale
    scaler.unscale_(optimizer)
    finite = torch.isfinite(model.weight.grad).all().item()
    before = model.weight.detach().clone()
    scaler.step(optimizer)  # skipped when a gradient is inf/NaN
    scaler.update()  # ...and then the scale is halved
    taken = not torch.equal(before, model.weight)
    print(
        f"step {step}: scale {scale:5.0f}  finite grads: {finite!s:5}  "
        f"step taken: {taken}"
    )
