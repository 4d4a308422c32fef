# raises RuntimeError
import torch

x = torch.zeros(2, 3, 4, 4)  # (N, C, H, W)
x = x.permute(0, 2, 3, 1)  # channels-last: (N, H, W, C), not contiguous
print(tuple(x.shape), "contiguous:", x.is_contiguous())
x.view(2, -1)
