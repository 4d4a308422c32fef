# raises RuntimeError
# cpu-only: on CUDA another matrix-multiply kernel may word the message
import numpy as np
import torch
from torch import nn

features = np.array([[0.5, 1.0, 2.0], [1.5, -1.0, 0.0]])  # float64
x = torch.tensor(features)
print("x:", x.dtype, " weight:", nn.Linear(3, 1).weight.dtype)
nn.Linear(3, 1)(x)
