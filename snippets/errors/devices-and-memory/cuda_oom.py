# cuda-only: shows the GPU allocator's error
# legacy: raises OutOfMemoryError
import torch

torch.empty(2**30, 2**30, device="cuda")
