# script: mp.spawn starts 2 processes that import this file again
import gc
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
    torch.manual_seed(0)
    start = Net().state_dict()
    data = torch.randn(3, 8, 4, generator=torch.Generator().manual_seed(rank))
    trained = {}
    for option in ("find_unused_parameters", "static_graph", "aux removed"):
        net = Net()
        net.load_state_dict(start)
        if option == "aux removed":
            del net.aux
            model = DDP(net)  # nothing unused: the defaults work
        else:
            model = DDP(net, **{option: True})
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
        for x in data:  # 3 steps
            optimizer.zero_grad()
            model(x).sum().backward()
            optimizer.step()
        trained[option] = net
    if rank == 0:
        reference = trained.pop("aux removed").state_dict()
        for option, net in trained.items():
            same = all(
                torch.equal(net.state_dict()[k], v)
                for k, v in reference.items()
            )
            aux = net.aux.weight
            print(f"{option}=True:")
            print("  body and head as without aux:", same)
            print("  aux grad:", aux.grad)
            print("  aux unchanged:", torch.equal(aux, start["aux.weight"]))
    # DDP wrappers sit in reference cycles: free them while the group
    # still exists (freed later, a gloo thread can abort the process)
    del model, optimizer
    gc.collect()
    dist.destroy_process_group()


if __name__ == "__main__":
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    mp.spawn(train, args=(2,), nprocs=2)
