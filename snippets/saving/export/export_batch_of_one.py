import torch
from torch import nn
from torch.export import Dim

model = nn.Linear(8, 4)
batch = Dim("batch")

try:  # an example input with batch size 1
    torch.export.export(
        model, (torch.randn(1, 8),), dynamic_shapes=({0: batch},)
    )
except Exception as err:
    first, second = str(err).splitlines()[:2]
    print(f"{type(err).__name__}: {first}\n{second}")

ep = torch.export.export(
    model, (torch.randn(2, 8),), dynamic_shapes=({0: batch},)
)
print("with batch 2:", list(ep.module()(torch.randn(1, 8)).shape))
