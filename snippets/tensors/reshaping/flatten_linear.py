import torch
from torch import nn

features = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2)
)
fc = nn.Linear(8 * 4 * 4, 10)

x = torch.zeros(5, 3, 8, 8)  # a batch of 5 RGB images, 8x8
f = features(x)
print("features:", tuple(f.shape))

for name, flat in [
    ("f.view(f.size(0), -1)", f.view(f.size(0), -1)),
    ("torch.flatten(f, 1)", torch.flatten(f, 1)),
    ("nn.Flatten()(f)", nn.Flatten()(f)),
]:
    print(f"{name:22} -> {tuple(flat.shape)} -> fc -> {tuple(fc(flat).shape)}")

# view(-1, 128) hides a wrong size: 16 channels instead of 8 -> 10 samples
g = torch.zeros(5, 16, 4, 4)
print(
    "view(-1, 128) on",
    tuple(g.shape),
    "->",
    tuple(g.view(-1, 128).shape),
    " batch of 10 instead of 5",
)
try:
    fc(g.flatten(1))
except RuntimeError as err:
    print("flatten(1) + fc: RuntimeError:", err)

# After a permute, view fails; flatten copies when it has to
p = f.permute(0, 2, 3, 1)
try:
    p.view(p.size(0), -1)
except RuntimeError as err:
    print("permuted view: RuntimeError:", str(err).split(" (")[0])
print("permuted flatten(1):", tuple(p.flatten(1).shape))
