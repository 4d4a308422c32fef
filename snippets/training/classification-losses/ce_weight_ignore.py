import torch
from torch import nn

logits = torch.tensor(
    [
        [2.0, 1.0, 0.1, -1.0],
        [0.5, 2.5, 0.3, 0.0],
        [1.0, 1.0, 3.0, 0.2],
        [0.3, 0.2, 0.1, 2.0],
    ]
)
target = torch.tensor([0, 1, 3, 3])
per_sample = nn.CrossEntropyLoss(reduction="none")(logits, target)
print("per-sample loss:", [round(v, 4) for v in per_sample.tolist()])

# weight: one float per class; each sample is scaled by the weight of its own class,
# and the mean divides by the sum of those weights, not by N.
weight = torch.tensor([1.0, 2.0, 1.0, 0.5])
w = weight[target]
weighted = nn.CrossEntropyLoss(weight=weight)(logits, target)
print(
    f"weight:       {weighted.item():.4f}  by hand {((w * per_sample).sum() / w.sum()).item():.4f}"
)

# ignore_index: samples with that target count for nothing, in the sum and in the mean.
padded = torch.tensor([0, 1, -100, 3])  # -100 is the default ignore_index
ignored = nn.CrossEntropyLoss()(logits, padded)
print(
    f"ignore_index: {ignored.item():.4f}  by hand {per_sample[[0, 1, 3]].mean().item():.4f}"
)

# Shapes: (N, C) with (N,); extra dimensions go after C, e.g. a class score per pixel.
pixels = torch.zeros(2, 4, 5, 5)  # N=2, C=4, 5x5 image
labels = torch.zeros(2, 5, 5, dtype=torch.long)  # one class index per pixel
print(
    "(N, C, H, W) with (N, H, W):",
    round(nn.CrossEntropyLoss()(pixels, labels).item(), 4),
)

# Dtypes: class indices must be int64 (uint8 is also accepted); int32 or float indices are refused.
for bad in (target.int(), target.float()):
    try:
        nn.CrossEntropyLoss()(logits, bad)
    except RuntimeError as err:
        print(f"target {bad.dtype}: {type(err).__name__}: {err}")
