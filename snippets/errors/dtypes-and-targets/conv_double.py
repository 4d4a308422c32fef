# raises RuntimeError
# cpu-only: on CUDA the check names the tensor types (torch.cuda.*)
import numpy as np
import torch
from torch import nn

image = np.zeros((3, 32, 32))  # NumPy's default dtype: float64
x = torch.tensor(image).unsqueeze(0)
nn.Conv2d(3, 8, kernel_size=3)(x)
