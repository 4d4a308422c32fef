# script: mp.spawn starts 2 processes that import this file again
import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)
        self.aux = nn.Linear(4, 1)  # never used in forward
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        return self.head(self.body(x))


def train(rank, world_size):
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    for option in ("find_unused_parameters", "static_graph"):
        model = DDP(Net(), **{option: True})
        for _ in range(3):
            model(torch.randn(8, 4)).sum().backward()
        if rank == 0:
            grad = model.module.aux.weight.grad
            print(f"{option}=True: 3 steps done, aux grad {grad}")
    dist.destroy_process_group()


if __name__ == "__main__":
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    mp.spawn(train, args=(2,), nprocs=2)
