import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Sequential(nn.Conv2d(16, 32, 3, stride=2), nn.ReLU()),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(32, 10),
)


def shape_hook(name):
    def hook(module, inputs, output):
        kind = type(module).__name__
        print(f"{name:<5} {kind:<17} {tuple(output.shape)}")

    return hook


handles = [
    module.register_forward_hook(shape_hook(name))
    for name, module in model.named_modules()
    if not list(module.children())  # leaf modules only
]
with torch.no_grad():
    model(torch.zeros(2, 3, 32, 32))
for handle in handles:
    handle.remove()
