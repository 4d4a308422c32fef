import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
gen = torch.Generator().manual_seed(0)
x = torch.randn(32, 3, generator=gen, device="cpu")
y = x @ torch.tensor([[1.0], [-2.0], [0.5]], device="cpu") + 0.3
x, y = x.to(device), y.to(device)

model = nn.Linear(3, 1)
with torch.no_grad():
    model.weight.zero_()
    model.bias.zero_()
model.to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

accum_steps = 4  # 4 micro-batches of 2 = one effective batch of 8
# 16 micro-batches -> 4 optimizer steps per epoch
micro_batches = list(zip(x.split(2), y.split(2)))

for epoch in range(1, 9):
    optimizer.zero_grad()
    for i, (xb, yb) in enumerate(micro_batches, start=1):
        loss = loss_fn(model(xb), yb) / accum_steps
        loss.backward()  # gradients add up in p.grad
        if i % accum_steps == 0:  # one update, then a clean slate
            optimizer.step()
            optimizer.zero_grad()
    if epoch in (1, 2, 4, 8):
        with torch.no_grad():
            full = loss_fn(model(x), y).item()
        print(f"epoch {epoch:2d}  loss on all 32: {full:.4f}")
print(
    "w =",
    [round(v, 2) for v in model.weight.flatten().tolist()],
    " b =",
    round(model.bias.item(), 2),
)
