# script: mp.spawn starts 2 processes that import this file again
import gc
import os
import socket
import warnings

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def count_warnings(model, x):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model(x).sum().backward()
    return len(caught)


def train(rank, world_size):
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    x = torch.randn(2, 8, 4, 4).to(memory_format=torch.channels_last)
    results = {}
    # 1. convert the model to channels_last BEFORE wrapping it
    conv = nn.Conv2d(8, 8, 1).to(memory_format=torch.channels_last)
    results["channels_last model"] = count_warnings(DDP(conv), x)
    # 2. or give it contiguous input
    conv = nn.Conv2d(8, 8, 1)
    results["contiguous input"] = count_warnings(DDP(conv), x.contiguous())
    # not a fix: gradient_as_bucket_view
    model = DDP(nn.Conv2d(8, 8, 1), gradient_as_bucket_view=True)
    results["gradient_as_bucket_view"] = count_warnings(model, x)
    if rank == 0:
        for name, count in results.items():
            print(f"{name}: {count} warning(s)")
    # DDP wrappers sit in reference cycles: free them while the group
    # still exists (freed later, a gloo thread can abort the process)
    del model
    gc.collect()
    dist.destroy_process_group()


if __name__ == "__main__":
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    mp.spawn(train, args=(2,), nprocs=2)
