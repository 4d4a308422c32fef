import torch
from torch import nn

loss_fn = nn.MarginRankingLoss(reduction="none")
# Two batches of 3-D embeddings and one target per pair: not what it takes.
x1 = torch.tensor([[1.0, 0.0, 2.0], [0.5, 0.5, 0.5]])
x2 = torch.tensor([[0.0, 1.0, 2.0], [0.0, 1.0, 0.0]])
y = torch.tensor([1.0, -1.0])
try:
    loss_fn(x1, x2, y)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).strip()}")

# With as many dims as x1, y broadcasts: no error, one loss per coordinate.
for target in (y[:, None], y[:, None].expand_as(x1)):
    loss = loss_fn(x1, x2, target)
    print(
        f"y {tuple(target.shape)} -> loss {tuple(loss.shape)}:", loss.tolist()
    )

mean = nn.MarginRankingLoss()(x1, x2, y[:, None])
print(f"default reduction, a scalar and no complaint: {mean.item():.4f}")

# Turn each vector into one score first, e.g. a dot product with a query.
query = torch.tensor([1.0, 0.0, 1.0])
s1, s2 = x1 @ query, x2 @ query
print("scores", tuple(s1.shape), "-> loss:", loss_fn(s1, s2, y).tolist())
