import torch
import torch.nn.functional as F

x = torch.tensor([[3.0, 4.0], [0.0, 0.0]])  # the second row is all zeros

print(F.normalize(x))  # eps keeps the zero row at zero
print(x / x.norm(dim=1, keepdim=True))  # by hand: 0 / 0 = nan
