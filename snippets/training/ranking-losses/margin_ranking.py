import torch
from torch import nn

# One score per candidate; y = 1: x1 should rank higher, y = -1: x2 should.
x1 = torch.tensor([0.8, 0.3, 0.5])
x2 = torch.tensor([0.4, 0.6, 0.5])
y = torch.tensor([1.0, 1.0, -1.0])
margin = 0.1

per_pair = nn.MarginRankingLoss(margin=margin, reduction="none")(x1, x2, y)
by_hand = torch.clamp(-y * (x1 - x2) + margin, min=0)
print(
    "per pair:",
    [round(v, 4) for v in per_pair.tolist()],
    "| by hand:",
    [round(v, 4) for v in by_hand.tolist()],
)
print(f"mean: {nn.MarginRankingLoss(margin=margin)(x1, x2, y).item():.4f}")
