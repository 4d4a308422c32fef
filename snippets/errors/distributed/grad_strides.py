# script: mp.spawn starts 2 processes that import this file again
import os
import socket
import warnings

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def train(rank, world_size):
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    model = DDP(nn.Conv2d(8, 8, kernel_size=1))  # a 1x1 convolution
    x = torch.randn(2, 8, 4, 4).to(memory_format=torch.channels_last)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model(x).sum().backward()
    if rank == 0:
        for w in caught:  # cut off the C++ source location
            message = str(w.message).split(" (Triggered internally")[0]
            print(f"{w.category.__name__}: {message}")
        weight = model.module.weight
        print("weight strides:", weight.stride())
        print("grad strides:  ", weight.grad.stride())
    dist.destroy_process_group()


if __name__ == "__main__":
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    mp.spawn(train, args=(2,), nprocs=2)
