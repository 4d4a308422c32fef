import torch
import torch.nn.functional as F
from torch import nn

# 8 samples, 2 positives: a 1:3 imbalance.
logits = torch.tensor([0.2, -1.0, 0.5, -0.4, 1.2, -2.0, 0.1, -0.7])
target = torch.tensor([1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0])
pos_weight = (target == 0).sum() / (target == 1).sum()  # negatives / positives
print("pos_weight:", pos_weight.item())

loss = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, target)
by_hand = -(
    pos_weight * target * F.logsigmoid(logits)
    + (1 - target) * F.logsigmoid(-logits)
).mean()
plain = nn.BCEWithLogitsLoss()(logits, target)
print(
    f"with pos_weight {loss.item():.4f} | by hand {by_hand.item():.4f}",
    f"| without {plain.item():.4f}",
)

# Multi-label: one pos_weight per class, shape (C,), broadcast over the batch.
multi_logits = torch.tensor([[0.2, -1.0, 0.5], [1.2, 0.3, -0.4]])
multi_target = torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]])
per_class = torch.tensor([1.0, 4.0, 0.5])
multi = nn.BCEWithLogitsLoss(pos_weight=per_class)(multi_logits, multi_target)
print(f"multi-label, pos_weight per class: {multi.item():.4f}")
