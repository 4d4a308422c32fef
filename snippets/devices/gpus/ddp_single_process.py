import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# One process, world_size=1, gloo (CPU) and a file to meet at: no network.
# torchrun starts one process per GPU and sets rank and world_size for each.
dist.init_process_group(
    "gloo",
    init_method="file://" + os.path.abspath("ddp_store"),
    rank=0,
    world_size=1,
)
model = DDP(nn.Linear(3, 2, device="cpu"))
out = model(torch.ones(4, 3, device="cpu"))
out.sum().backward()  # DDP averages gradients across processes here
print(
    "rank",
    dist.get_rank(),
    "of",
    dist.get_world_size(),
    "| output:",
    tuple(out.shape),
)
print("keys:", list(model.state_dict()))
dist.destroy_process_group()
