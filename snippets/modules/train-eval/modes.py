import torch
from torch import nn

x = torch.ones(10_000)
drop = nn.Dropout(p=0.5)
print("Dropout, training:", drop.training)
y = drop(x)
print(
    "  values:",
    y.unique().tolist(),
    "| share of zeros:",
    f"{(y == 0).float().mean().item():.1f}",
)
drop.eval()
y = drop(x)
print("Dropout, training:", drop.training)
print(
    "  values:",
    y.unique().tolist(),
    "| share of zeros:",
    f"{(y == 0).float().mean().item():.1f}",
)

# BatchNorm: batch statistics in train mode, running statistics in eval mode.
batch = torch.tensor([[1.0], [2.0], [3.0], [6.0]])  # 4 samples, mean 3
bn = nn.BatchNorm1d(1)
print("BatchNorm, train:", [round(v, 4) for v in bn(batch).flatten().tolist()])
running_mean = round(bn.running_mean.item(), 4)  # 0.9 * 0 + 0.1 * 3
print("  running_mean after one train step:", running_mean)
bn.eval()
print("BatchNorm, eval: ", [round(v, 4) for v in bn(batch).flatten().tolist()])
print("  running_mean after an eval step:  ", round(bn.running_mean.item(), 4))

# train() / eval() set .training on the module and all its submodules
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.2))
print("after eval():", [m.training for m in model.eval().modules()])
print("after train():", [m.training for m in model.train().modules()])
print(
    "train(False) is eval():",
    [m.training for m in model.train(False).modules()],
)
