# cuda-only: reads the counters of the GPU's caching allocator
# script: the counters must start at zero, in a fresh process
import torch

MiB = 2**20


def show(step):
    alloc = torch.cuda.memory_allocated() / MiB
    reserved = torch.cuda.memory_reserved() / MiB
    print(
        f"{step:<24} allocated {alloc:4.0f} MiB  reserved {reserved:4.0f} MiB"
    )


show("start")
x = torch.empty(256 * MiB, dtype=torch.uint8, device="cuda")
show("x: 256 MiB")
head = x[:1024]  # a view of x's first KiB
del x
show("del x (a view remains)")
torch.cuda.empty_cache()
show("empty_cache()")
del head
show("del head")
torch.cuda.empty_cache()
show("empty_cache()")

a = torch.empty(256 * MiB, dtype=torch.uint8, device="cuda")
torch.cuda.reset_peak_memory_stats()
b = a + 1  # a second 256 MiB tensor
del b
print("peak:", torch.cuda.max_memory_allocated() // MiB, "MiB", end="  ")
print("now:", torch.cuda.memory_allocated() // MiB, "MiB")
