# cpu-only: from_numpy gives a CPU batch: on CUDA a device error comes first
import numpy as np
import torch

layer = torch.nn.Linear(2, 1)  # parameters are float32
batch = torch.from_numpy(np.array([[0.5, 1.0], [2.0, -1.0]]))  # float64
print("weight:", layer.weight.dtype, " batch:", batch.dtype)
try:
    layer(batch)
except RuntimeError as err:
    print("RuntimeError:", err)
print("after .float():", tuple(layer(batch.float()).shape))
