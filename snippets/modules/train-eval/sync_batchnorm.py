import copy

import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    nn.Sequential(nn.Conv2d(8, 8, 3), nn.BatchNorm2d(8)),  # nested
)
original = copy.deepcopy(model)  # to compare with below
synced = nn.SyncBatchNorm.convert_sync_batchnorm(model)  # no process group
for name, module in synced.named_modules():
    if "BatchNorm" in type(module).__name__:
        print(f"{name:4} {type(module).__name__}")
print("returns the same top-level object:", synced is model)

# Without a process group the forward pass is plain BatchNorm
x = torch.randn(4, 3, 8, 8)
print(
    "train-mode output as BatchNorm2d's:",
    torch.allclose(synced(x), original(x)),
)
