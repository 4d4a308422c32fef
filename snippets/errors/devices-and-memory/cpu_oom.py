# raises RuntimeError
import torch

# 2**30 x 2**30 float32 values: 4 EiB, more than any machine can address
torch.empty(2**30, 2**30, device="cpu")
