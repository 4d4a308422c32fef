import torch
import torch.nn.functional as F

x1 = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0]])
x2 = torch.tensor([[3.0, 4.0], [1.0, 2.0]])

# cdist: every row of x1 against every row of x2, an (N, M) matrix, no eps.
print(torch.cdist(x1, x2, p=2))

# pairwise_distance pairs row i with row i: the row counts must match
try:
    F.pairwise_distance(x1, x2)
except RuntimeError as err:
    print("RuntimeError:", err)

# Rows paired up: pairwise_distance is cdist's diagonal (up to eps)
x3 = x2[[0, 1, 0]]
print("cdist diagonal:   ", torch.cdist(x1, x3).diagonal())
print("pairwise_distance:", F.pairwise_distance(x1, x3))
