import torch
import torch.nn.functional as F

v = torch.tensor([1.0, 2.0, 3.0])

l2 = F.normalize(v, dim=0)
print("p=2:", l2)
print(
    f"  sum {l2.sum().item():.4f}, sum of squares {(l2**2).sum().item():.4f}"
)

l1 = F.normalize(v, p=1, dim=0)
print("p=1:", l1)
print(f"  sum {l1.sum().item():.4f}")

w = torch.tensor([1.0, -2.0, 3.0])  # p=1: the ABSOLUTE values sum to 1
l1w = F.normalize(w, p=1, dim=0)
total, total_abs = l1w.sum().item(), l1w.abs().sum().item()
print(f"p=1 on {w.tolist()}: sum {total:.4f}, sum of |v| {total_abs:.4f}")
