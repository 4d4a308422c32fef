# cuda-only: shows the GPU allocator's error
# raises OutOfMemoryError
import torch

torch.empty(2**30, 2**30, device="cuda")
