import math

import torch
from torch import nn


def out_size(n, k, s=1, p=0, d=1):
    return math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1


settings = [  # (H_in, kernel_size, stride, padding, dilation)
    (32, 3, 1, 0, 1),
    (32, 3, 1, 1, 1),
    (32, 3, 2, 1, 1),
    (224, 7, 2, 3, 1),  # ResNet's first layer
    (224, 11, 4, 2, 1),  # AlexNet's first layer
    (32, 3, 1, 2, 2),  # dilation 2: a 3x3 kernel that spans 5x5
    (15, 4, 3, 0, 1),  # the remainder is dropped (floor)
]
print("H_in  k  s  p  d | formula | Conv2d")
with torch.no_grad():
    for n, k, s, p, d in settings:
        conv = nn.Conv2d(1, 1, kernel_size=k, stride=s, padding=p, dilation=d)
        real = conv(torch.zeros(1, 1, n, n)).shape[-1]
        formula = out_size(n, k, s, p, d)
        print(f"{n:4} {k:2} {s:2} {p:2} {d:2} | {formula:7} | {real:6}")
