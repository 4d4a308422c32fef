import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.3, 2.2]])  # (N, C) = (2, 3)

for labels in (
    torch.tensor([0, 2]),  # int64 class indices, shape (N,)
    torch.tensor([0.0, 2.0]),  # the same classes as floats
    torch.tensor([0, 2], dtype=torch.int32),
):
    name = f"cross_entropy, target {labels.dtype} {tuple(labels.shape)}"
    try:
        print(f"{name}: {F.cross_entropy(logits, labels).item():.4f}")
    except RuntimeError as err:
        print(f"{name}: RuntimeError: {err}")

# Float targets of shape (N, C) are class probabilities: one-hot, same loss
one_hot = F.one_hot(torch.tensor([0, 2]), num_classes=3).float()
name = f"cross_entropy, target {one_hot.dtype} {tuple(one_hot.shape)}"
print(f"{name}: {F.cross_entropy(logits, one_hot).item():.4f}")

# Binary / multi-label losses want float targets of the input's shape
scores = torch.tensor([[1.0, -2.0, 0.5]])
for targets in (torch.tensor([[1, 0, 1]]), torch.tensor([[1.0, 0.0, 1.0]])):
    try:
        loss = F.binary_cross_entropy_with_logits(scores, targets)
        print(f"bce_with_logits, target {targets.dtype}: {loss.item():.4f}")
    except RuntimeError as err:
        print(f"bce_with_logits, target {targets.dtype}: RuntimeError: {err}")
