# cpu-only: the shuffling sampler draws on a CPU generator; the CUDA pass's
# default device would move its randperm to the GPU
import torch
from torch.utils.data import DataLoader, TensorDataset

with torch.device("cpu"):
    dataset = TensorDataset(torch.zeros(8, 3), torch.zeros(8))

# these two options only mean something with worker processes
for option in (dict(persistent_workers=True), dict(prefetch_factor=4)):
    try:
        DataLoader(dataset, batch_size=4, num_workers=0, **option)
    except ValueError as err:
        print(f"num_workers=0, {option}: ValueError: {err}")

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
loader = DataLoader(
    dataset,
    batch_size=4,
    shuffle=True,
    num_workers=2,
    persistent_workers=True,  # keep the workers between epochs
    prefetch_factor=2,  # batches loaded ahead, per worker (the default)
    pin_memory=device.type == "cuda",  # only with a GPU
)
for x, y in loader:
    x = x.to(device, non_blocking=True)  # async copy from pinned memory
    y = y.to(device, non_blocking=True)
print("batch on the training device:", x.device == device)
print("batches ahead at most:", loader.num_workers * loader.prefetch_factor)
