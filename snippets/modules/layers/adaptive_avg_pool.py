import torch
from torch import nn

pool = nn.AdaptiveAvgPool2d((1, 1))  # or simply AdaptiveAvgPool2d(1)
for h, w in [(7, 7), (13, 9), (224, 224)]:
    x = (torch.arange(2 * 3 * h * w) % 10).float().reshape(2, 3, h, w)
    y = pool(x)
    same = torch.allclose(y, x.mean(dim=(2, 3), keepdim=True))
    print(
        f"input {tuple(x.shape)} -> {tuple(y.shape)}",
        f"| equals mean over H, W: {same}",
    )

# 5 -> 2: the windows 0:3 and 2:5 overlap at row 2
x = torch.arange(25, dtype=torch.float32).reshape(1, 5, 5)
print(x.squeeze(0).tolist())
print("AdaptiveAvgPool2d(2):", nn.AdaptiveAvgPool2d(2)(x).squeeze(0).tolist())
print(
    "by hand:             ",
    [
        [x[0, r0:r1, c0:c1].mean().item() for c0, c1 in [(0, 3), (2, 5)]]
        for r0, r1 in [(0, 3), (2, 5)]
    ],
)
