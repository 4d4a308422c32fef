# cuda-only: asks the GPU driver how much memory is in use
# script: needs a fresh process, where CUDA has not started yet
# numbers-vary: the context's size depends on the GPU, driver and CUDA
import torch

MiB = 2**20
x = torch.empty(1024 * MiB, dtype=torch.uint8, device="cuda")  # 1 GiB
free, total = torch.cuda.mem_get_info()  # what the driver says
used = (total - free) / MiB  # every process on this GPU, as nvidia-smi
reserved = torch.cuda.memory_reserved() / MiB
print(f"tensors (allocated): {torch.cuda.memory_allocated() / MiB:6.0f} MiB")
print(f"reserved by PyTorch: {reserved:6.0f} MiB")
print(f"used on the GPU:     {used:6.0f} MiB")
print(f"not counted by torch: {used - reserved:5.0f} MiB")
