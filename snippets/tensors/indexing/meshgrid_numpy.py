import numpy as np
import torch

xs = [0, 16, 32]  # 3 columns
ys = [0, 16]  # 2 rows

ij = torch.meshgrid(torch.tensor(xs), torch.tensor(ys), indexing="ij")
xy = torch.meshgrid(torch.tensor(xs), torch.tensor(ys), indexing="xy")
np_default = np.meshgrid(xs, ys)  # NumPy's default is indexing="xy"

print("torch ij:", [tuple(g.shape) for g in ij])
print("torch xy:", [tuple(g.shape) for g in xy])
print("numpy   :", [g.shape for g in np_default])
print(
    "torch xy == numpy:",
    all(t.tolist() == n.tolist() for t, n in zip(xy, np_default)),
)
print(
    "torch ij == numpy ij:",
    all(
        t.tolist() == n.tolist()
        for t, n in zip(ij, np.meshgrid(xs, ys, indexing="ij"))
    ),
)
