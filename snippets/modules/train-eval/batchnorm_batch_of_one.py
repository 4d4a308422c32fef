# raises ValueError
import torch
from torch import nn

# BatchNorm2d takes statistics over N * H * W values per channel
bn2d = nn.BatchNorm2d(4).train()
print("BatchNorm2d, (1, 4, 8, 8):", tuple(bn2d(torch.rand(1, 4, 8, 8)).shape))
try:
    bn2d(torch.ones(1, 4, 1, 1))  # 1 * 1 * 1 = one value per channel
except ValueError as err:
    print("BatchNorm2d, (1, 4, 1, 1):")
    print(f"  {type(err).__name__}: {err}")

bn = nn.BatchNorm1d(4).train()
bn(torch.ones(1, 4))  # one sample: no variance to compute
