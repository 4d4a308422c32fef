import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 0.0, 4.0]])  # two row vectors

out = F.normalize(x)  # defaults: p=2, dim=1 (each row), eps=1e-12
print(out)

# The formula by hand: the p-norm of each row, then divide by max(norm, eps).
for p in (2.0, 1.0):
    norm = (x.abs() ** p).sum(dim=1, keepdim=True) ** (1 / p)
    by_hand = x / norm.clamp_min(1e-12)
    print(
        f"p={p:g}: norms {norm.squeeze(1)}, same as F.normalize: "
        f"{torch.allclose(F.normalize(x, p=p, dim=1), by_hand)}"
    )

# dim picks the direction: dim=0 normalises each column instead.
print(F.normalize(x, dim=0))
