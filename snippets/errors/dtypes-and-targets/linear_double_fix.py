import numpy as np
import torch
from torch import nn

features = np.array([[0.5, 1.0, 2.0], [1.5, -1.0, 0.0]])
x = torch.tensor(features, dtype=torch.float32)  # or .float()
print("x:", x.dtype, "->", tuple(nn.Linear(3, 1)(x).shape))
