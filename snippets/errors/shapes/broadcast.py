# raises RuntimeError
import torch

images = torch.zeros(8, 3, 32, 32)  # (N, C, H, W)
mean = torch.tensor([0.485, 0.456, 0.406])  # one value per channel
centered = images - mean
