# cpu-only: on a GPU the batches are pinned: the next block shows that
import torch
from torch.utils.data import DataLoader, TensorDataset

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
pin = device.type == "cuda"  # pinning only helps copies to a GPU

x = torch.randn(4, 3)
print("a new CPU tensor is pinned:", x.is_pinned())
print(
    "x.to('cpu', non_blocking=True) is x:", x.to("cpu", non_blocking=True) is x
)

ds = TensorDataset(torch.randn(8, 3), torch.arange(8))
loader = DataLoader(ds, batch_size=4, pin_memory=pin)
for step, (xb, yb) in enumerate(loader):
    if step == 0:
        print("pin_memory =", pin, "-> batch pinned:", xb.is_pinned())
    xb = xb.to(device, non_blocking=True)  # asynchronous only if pinned
    yb = yb.to(device, non_blocking=True)
