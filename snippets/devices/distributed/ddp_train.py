# script: mp.spawn starts 2 processes that import this file again
import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))  # port 0: the system picks a free port
        return s.getsockname()[1]


def train(rank, world_size):
    local_rank = int(os.environ.get("LOCAL_RANK", rank))
    on_gpu = torch.cuda.device_count() >= world_size  # one GPU per process
    if on_gpu:
        torch.cuda.set_device(local_rank)
        device = torch.device("cuda", local_rank)
    else:
        device = torch.device("cpu")
    backend = "nccl" if on_gpu else "gloo"
    dist.init_process_group(backend, rank=rank, world_size=world_size)

    torch.manual_seed(0)  # the same data on every rank
    data = TensorDataset(torch.randn(16, 4), torch.randn(16, 1))
    sampler = DistributedSampler(data, shuffle=True, seed=0)
    loader = DataLoader(data, batch_size=4, sampler=sampler)
    model = nn.Linear(4, 1).to(device)
    ddp_model = DDP(model, device_ids=[local_rank] if on_gpu else None)
    opt = torch.optim.SGD(ddp_model.parameters(), lr=0.1)

    for epoch in range(2):
        sampler.set_epoch(epoch)  # a different shuffle every epoch
        shards = [None] * world_size  # only to check: every rank's indices
        dist.all_gather_object(shards, list(sampler))
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            loss = nn.functional.mse_loss(ddp_model(x), y)
            opt.zero_grad()
            loss.backward()  # DDP averages the gradients over the ranks
            opt.step()
        # only to check: every rank's gradient and last loss
        grad = torch.cat([p.grad.flatten() for p in model.parameters()])
        grads = [torch.empty_like(grad) for _ in range(world_size)]
        dist.all_gather(grads, grad)
        same = all(torch.equal(grads[0], g) for g in grads)
        losses = [None] * world_size
        dist.all_gather_object(losses, round(loss.item(), 4))
        # for the log: the mean of the ranks' losses
        mean_loss = loss.detach().clone()
        dist.all_reduce(mean_loss)  # a sum by default
        mean_loss = mean_loss.item() / world_size
        if rank == 0:  # log once, not once per process
            print(f"epoch {epoch}")
            for r, shard in enumerate(shards):
                print(f"  rank {r} indices: {shard}")
            print(f"  last loss per rank: {losses}, mean {mean_loss:.4f}")
            print(f"  same gradient on every rank: {same}")

    if rank == 0:  # one process writes the checkpoint
        torch.save(ddp_model.module.state_dict(), "model.pt")
    dist.barrier()  # the others wait until it is written
    dist.destroy_process_group()


if __name__ == "__main__":
    if "RANK" in os.environ:  # started by torchrun: one call per process
        train(int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"]))
    else:  # python ddp_train.py: start 2 processes here
        os.environ["MASTER_ADDR"] = "127.0.0.1"
        os.environ["MASTER_PORT"] = str(free_port())
        mp.spawn(train, args=(2,), nprocs=2)

    if int(os.environ.get("RANK", 0)) == 0:
        plain = nn.Linear(4, 1)  # no DDP, no process group
        print(plain.load_state_dict(torch.load("model.pt")))
