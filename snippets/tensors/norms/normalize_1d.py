# raises IndexError
import torch
import torch.nn.functional as F

v = torch.tensor([1.0, 2.0, 3.0])
print(F.normalize(v))  # default dim=1, but v has only dim 0
