import numpy as np
import torch

arr = np.array([[0.5, 1.0], [2.0, -1.0]])  # NumPy's default: float64
x = torch.from_numpy(arr.astype(np.float32))  # astype makes the copy
print("arr:", arr.dtype, "-> x:", x.dtype)

a = np.zeros(3, dtype=np.float32)
shared = torch.from_numpy(a)  # uses a's memory
copied = torch.tensor(a)  # copies it
a[0] = 7.0
print("from_numpy:", shared.tolist(), "| torch.tensor:", copied.tolist())
