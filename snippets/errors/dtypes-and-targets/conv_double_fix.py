import numpy as np
import torch
from torch import nn

image = np.zeros((3, 32, 32))
x = torch.tensor(image).unsqueeze(0).float()
print("x:", x.dtype, "->", tuple(nn.Conv2d(3, 8, kernel_size=3)(x).shape))
