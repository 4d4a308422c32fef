# cuda-only: the error is about a tensor on the GPU
# raises TypeError
import torch

pred = torch.ones(3, device="cuda")
pred.numpy()
