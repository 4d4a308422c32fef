import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
gen = torch.Generator().manual_seed(0)
x = torch.randn(8, 3, generator=gen, device="cpu").to(device)  # 8 samples
y = torch.randn(8, 1, generator=gen, device="cpu").to(device)

model = nn.Linear(3, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -1.0, 2.0]]))
    model.bias.fill_(0.1)
model.to(device)
loss_fn = nn.MSELoss()  # reduction="mean": the mean over the batch


def grads():
    return torch.cat([p.grad.flatten() for p in model.parameters()])


# Gradient of the whole batch of 8 in one go.
model.zero_grad()
loss_fn(model(x), y).backward()
big = grads().clone()

# The same 8 samples as k = 4 micro-batches of 2: backward() adds up
k = 4
model.zero_grad()
for xb, yb in zip(x.chunk(k), y.chunk(k)):
    (loss_fn(model(xb), yb) / k).backward()
accumulated = grads().clone()

# Forgetting the / k: every micro-batch's mean counts in full.
model.zero_grad()
for xb, yb in zip(x.chunk(k), y.chunk(k)):
    loss_fn(model(xb), yb).backward()
unscaled = grads().clone()

print("one batch of 8:        ", [round(g, 4) for g in big.tolist()])
print("4 x 2 with loss / 4:   ", [round(g, 4) for g in accumulated.tolist()])
print("allclose:", torch.allclose(big, accumulated, atol=1e-6))
print("without / 4, ratio:", round((unscaled / big).mean().item(), 4))
