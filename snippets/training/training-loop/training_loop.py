import matplotlib.pyplot as plt
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# Seeded CPU data, then moved: the same numbers on every device
gen = torch.Generator().manual_seed(0)
x = torch.linspace(-1, 1, 64, device="cpu").unsqueeze(1)  # (64, 1)
y = 3 * x + 2 + 0.1 * torch.randn(x.shape, generator=gen, device="cpu")
x, y = x.to(device), y.to(device)

model = nn.Linear(1, 1)
with torch.no_grad():  # start from w = 0, b = 0, whatever the initialiser
    model.weight.zero_()
    model.bias.zero_()
model.to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

losses = []
for step in range(1, 101):
    optimizer.zero_grad()  # 1. clear the gradients left by the previous step
    loss = loss_fn(model(x), y)  # forward pass
    loss.backward()  # 2. fill p.grad for every parameter
    optimizer.step()  # 3. p -= lr * p.grad
    losses.append(loss.item())
    if step % 10 == 0 or step == 1:
        print(f"step {step:3d}  loss {loss.item():.4f}")

print(f"w = {model.weight.item():.2f}, b = {model.bias.item():.2f}")

fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(range(1, len(losses) + 1), losses)
ax.set_yscale("log")
ax.set_xlabel("step")
ax.set_ylabel("MSE loss (log scale)")
ax.set_title("Fitting y = 3x + 2 with nn.Linear(1, 1)")
fig.tight_layout()
fig.savefig("training_loop.png", dpi=80)
