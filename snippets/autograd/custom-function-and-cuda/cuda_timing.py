# numbers-vary: timings depend on the machine
import time

import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


def sync():
    if torch.cuda.is_available():
        torch.cuda.synchronize()  # wait for every queued GPU kernel


x = torch.rand(500, 500, device=device)
x @ x  # warm-up: the first call pays one-off costs
sync()

start = time.perf_counter()
y = x @ x  # on the GPU this only queues the work and returns
launched = time.perf_counter() - start
sync()
finished = time.perf_counter() - start
print(f"clock read right after the call:  {launched * 1000:.1f} ms")
print(f"clock read after synchronize():   {finished * 1000:.1f} ms")

start = time.perf_counter()
value = (x @ x).sum().item()  # .item() waits for the result
elapsed = time.perf_counter() - start
print(f"matmul + .item(), no explicit sync: {elapsed * 1000:.1f} ms")
