# cuda-only: torch.cuda memory statistics need a GPU
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

device = torch.device("cuda")
torch.manual_seed(0)
blocks = nn.ModuleList(
    nn.Sequential(nn.Linear(1024, 1024), nn.ReLU()) for _ in range(16)
).to(device)
x = torch.randn(4096, 1024, device=device)


def peak_mib(use_checkpoint):
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    h = x
    for block in blocks:
        if use_checkpoint:
            h = checkpoint(block, h, use_reentrant=False)
        else:
            h = block(h)
    h.pow(2).mean().backward()
    torch.cuda.synchronize()
    peak = torch.cuda.max_memory_allocated() - before
    blocks.zero_grad(set_to_none=True)
    return peak / 2**20


peak_mib(False)  # warm-up: allocator and cuBLAS workspace
print(f"plain:      peak {peak_mib(False):.0f} MiB above the start")
print(f"checkpoint: peak {peak_mib(True):.0f} MiB above the start")
