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

# weight: one per class; the mean divides by the weights' sum, not by N
weight = torch.tensor([1.0, 2.0, 1.0, 0.5])
w = weight[target]
weighted = nn.CrossEntropyLoss(weight=weight)(logits, target)
by_hand = ((w * per_sample).sum() / w.sum()).item()
print(f"weight:       {weighted.item():.4f}  by hand {by_hand:.4f}")

# ignore_index: those samples count in neither the sum nor the mean
padded = torch.tensor([0, 1, -100, 3])  # -100 is the default ignore_index
ignored = nn.CrossEntropyLoss()(logits, padded)
by_hand = per_sample[[0, 1, 3]].mean().item()
print(f"ignore_index: {ignored.item():.4f}  by hand {by_hand:.4f}")

# Extra dimensions go after C, e.g. a class score per pixel.
pixels = torch.zeros(2, 4, 5, 5)  # N=2, C=4, 5x5 image
labels = torch.zeros(2, 5, 5, dtype=torch.long)  # one class index per pixel
print(
    "(N, C, H, W) with (N, H, W):",
    round(nn.CrossEntropyLoss()(pixels, labels).item(), 4),
)

# Class indices must be int64 (or uint8): int32 and float are refused.
for bad in (target.int(), target.float()):
    try:
        nn.CrossEntropyLoss()(logits, bad)
    except RuntimeError as err:
        print(f"target {bad.dtype}: {type(err).__name__}: {err}")
