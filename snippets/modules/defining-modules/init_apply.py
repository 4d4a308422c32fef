import math

import torch
from torch import nn


def init_weights(m):
    """model.apply() calls it on every submodule, then on the model."""
    if isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        nn.init.zeros_(m.bias)
    elif isinstance(m, nn.BatchNorm2d):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)
    elif isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.constant_(m.bias, 0.01)


torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(256, 256, kernel_size=3, padding=1),
    nn.BatchNorm2d(256),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(256, 1024),
)
model.apply(init_weights)

conv, bn, fc = model[0], model[1], model[5]
with torch.no_grad():
    # kaiming_normal_, fan_out: std = sqrt(2 / (out_channels * kH * kW))
    expected = math.sqrt(2 / (256 * 3 * 3))
    ratio = conv.weight.std().item() / expected
    centred = abs(conv.weight.mean().item()) < 1e-3
    print(
        f"conv.weight: std / expected = {ratio:.2f}, "
        f"mean close to 0: {centred}"
    )
    # xavier_uniform_: U(-a, a) with a = sqrt(6 / (fan_in + fan_out))
    bound = math.sqrt(6 / (256 + 1024))
    inside = bool(fc.weight.abs().max() <= bound)
    ratio = fc.weight.std().item() / (bound / math.sqrt(3))
    print(
        f"fc.weight: inside [-{bound:.4f}, {bound:.4f}]: {inside}, "
        f"std / (a / sqrt(3)) = {ratio:.2f}"
    )
    print(
        "conv.bias:",
        conv.bias[:4].tolist(),
        "| fc.bias:",
        [round(v, 4) for v in fc.bias[:4].tolist()],
    )
    print(
        "bn.weight:",
        bn.weight[:4].tolist(),
        "| bn.bias:",
        bn.bias[:4].tolist(),
    )

# The same He init as older code writes it by hand: n = kH * kW * C_out
m = nn.Conv2d(256, 256, kernel_size=3, padding=1)
n = m.kernel_size[0] * m.kernel_size[1] * m.out_channels
m.weight.data.normal_(0, math.sqrt(2.0 / n))
target = math.sqrt(2.0 / n)
print(
    f"n = {n}, sqrt(2 / n) = {target:.4f}; std / sqrt(2 / n): "
    f"kaiming_normal_ {conv.weight.std().item() / target:.2f}, "
    f"by hand {m.weight.std().item() / target:.2f}"
)
