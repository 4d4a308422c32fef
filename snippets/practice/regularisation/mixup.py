import numpy as np
import torch
from torch.nn import functional as F

num_classes = 3
x = torch.arange(4.0).view(4, 1, 1, 1).expand(4, 1, 2, 2)  # image i is all i
y = torch.tensor([0, 1, 2, 1])

lam = float(np.random.default_rng(0).beta(0.4, 0.4))
perm = torch.tensor([2, 0, 3, 1])  # torch.randperm(len(x)) in training
x_mix = lam * x + (1 - lam) * x[perm]
y_mix = lam * F.one_hot(y, num_classes) + (1 - lam) * F.one_hot(
    y[perm], num_classes
)
print(f"lam = {lam:.3f}")
print(
    "x_mix:",
    tuple(x_mix.shape),
    [round(v, 3) for v in x_mix[:, 0, 0, 0].tolist()],
)
print("y_mix:", [[round(v, 3) for v in row] for row in y_mix.tolist()])

logits = torch.tensor(
    [[2.0, 0.5, 0.1], [0.3, 1.0, 0.2], [0.1, 0.2, 3.0], [1.0, 1.0, 0.0]]
)  # the model's output for x_mix
loss_soft = F.cross_entropy(logits, y_mix)
loss_two = lam * F.cross_entropy(logits, y) + (1 - lam) * F.cross_entropy(
    logits, y[perm]
)
print(f"soft-target loss {loss_soft:.4f} = lam-weighted pair {loss_two:.4f}")
