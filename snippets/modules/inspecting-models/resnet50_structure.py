import torch
from torch import nn
from torchvision.models import resnet50

model = resnet50(weights=None)  # random weights, nothing downloaded
for name, child in model.named_children():
    n = sum(p.numel() for p in child.parameters())
    print(f"{name:8} {type(child).__name__:18} {n:>10,} parameters")
print(f"total: {sum(p.numel() for p in model.parameters()):,}")

# the first Bottleneck block: 1x1 -> 3x3 -> 1x1 convs, plus a shortcut
print(model.layer1[0])
print(
    "blocks per stage:",
    [len(getattr(model, f"layer{i}")) for i in range(1, 5)],
)
print("head:", model.fc)

model.fc = nn.Linear(model.fc.in_features, 10)  # a new head for 10 classes
n = sum(p.numel() for p in model.parameters())
print(f"after replacing fc: {n:,} parameters")
model.eval()
with torch.no_grad():
    print("output:", tuple(model(torch.zeros(2, 3, 224, 224)).shape))
