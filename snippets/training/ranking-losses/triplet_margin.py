import torch
import torch.nn.functional as F
from torch import nn

# Two triplets in 2-D, chosen so the distances are 3-4-5 triangles.
anchor = torch.tensor([[0.0, 0.0], [0.0, 0.0]])
positive = torch.tensor([[3.0, 4.0], [3.0, 4.0]])  # distance 5 from the anchor
# distance 10 (easy) and 4.5 (closer than the positive)
negative = torch.tensor([[6.0, 8.0], [0.0, 4.5]])

d_ap = F.pairwise_distance(anchor, positive)  # ||a - p + eps||_2, eps = 1e-6
d_an = F.pairwise_distance(anchor, negative)
print(
    "d(a, p):",
    [round(v, 4) for v in d_ap.tolist()],
    " d(a, n):",
    [round(v, 4) for v in d_an.tolist()],
)

loss_fn = nn.TripletMarginLoss(margin=1.0, p=2, reduction="none")
print(
    "per triplet:",
    [round(v, 4) for v in loss_fn(anchor, positive, negative).tolist()],
)
print(
    "by hand:    ",
    [round(v, 4) for v in torch.clamp(d_ap - d_an + 1.0, min=0).tolist()],
)
mean = nn.TripletMarginLoss(margin=1.0)(anchor, positive, negative)
print(f"mean: {mean.item():.4f}")
