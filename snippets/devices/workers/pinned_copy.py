# cuda-only: pinned memory and asynchronous copies need a GPU
# numbers-vary: timings depend on the machine
import time

import torch
from torch.utils.data import DataLoader, TensorDataset

pageable = torch.randn(64, 3, 224, 224, device="cpu")  # about 37 MB
pinned = pageable.pin_memory()  # a pinned copy; pageable is unchanged
print("pageable:", pageable.is_pinned(), "| pinned:", pinned.is_pinned())


def ms_until_to_returns(src, non_blocking):
    torch.cuda.synchronize()
    start = time.perf_counter()
    src.to("cuda", non_blocking=non_blocking)
    returned = time.perf_counter() - start
    torch.cuda.synchronize()  # let the copy finish before the next one
    return returned * 1000


for name, src in [("pageable", pageable), ("pinned", pinned)]:
    for non_blocking in (False, True):
        ms_until_to_returns(src, non_blocking)  # warm-up
        ms = ms_until_to_returns(src, non_blocking)
        print(f"{name:8} non_blocking={non_blocking!s:5} {ms:7.2f} ms")

start = time.perf_counter()
pageable.pin_memory()  # pinning is itself a full copy on the CPU
print(f"pin_memory() itself: {(time.perf_counter() - start) * 1000:.2f} ms")

ds = TensorDataset(torch.randn(8, 3, device="cpu"))
(xb,) = next(iter(DataLoader(ds, batch_size=4, pin_memory=True)))
print("DataLoader(pin_memory=True) batch pinned:", xb.is_pinned())
