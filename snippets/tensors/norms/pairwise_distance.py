import torch
import torch.nn.functional as F

# float64, so that the effect of eps is visible in the printed digits.
x1 = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
x2 = torch.tensor([[3.0, 4.0], [1.0, 2.0], [0.0, 0.0]], dtype=torch.float64)

d = F.pairwise_distance(x1, x2, p=2, eps=1e-6)  # row i against row i
print("distances:", [f"{v:.7f}" for v in d.tolist()])

# What it computes: the p-norm of x1 - x2 + eps along the last dimension.
by_hand = torch.linalg.vector_norm(x1 - x2 + 1e-6, ord=2, dim=-1)
print(
    "equals ||x1 - x2 + eps||:", torch.allclose(d, by_hand, rtol=0, atol=1e-12)
)

# eps is added to the difference: not symmetric, identical rows not 0 apart
print(f"rows 0 and 2 minus 5: {d[0].item() - 5:+.1e} {d[2].item() - 5:+.1e}")
print(f"identical rows: {d[1].item():.2e}  (eps * sqrt(2))")
print("p=1:", F.pairwise_distance(x1, x2, p=1, eps=0.0).tolist())
