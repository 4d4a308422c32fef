import torch
from torch import nn

names = ["cat", "dog", "outdoor"]
# 5 images, 3 labels each: a row may hold several 1s, or none
target = torch.tensor(
    [[1, 0, 1], [0, 1, 0], [1, 1, 1], [0, 0, 1], [0, 0, 0]],
    dtype=torch.float32,  # multi-hot, float, shape (N, C)
)
logits = torch.tensor(  # the model's raw outputs, one per label
    [
        [2.1, -1.5, 0.3],
        [-0.4, 1.2, -2.0],
        [0.8, -0.2, 1.7],
        [-1.1, -0.9, 2.5],
        [-2.2, 0.6, -0.5],
    ]
)

positives = target.sum(dim=0)
pos_weight = (len(target) - positives) / positives  # negatives / positives
criterion = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
print("positives per label:", positives.tolist())
print("pos_weight:", [round(w, 3) for w in pos_weight.tolist()])
print(f"loss: {criterion(logits, target).item():.4f}")

pred = logits > 0  # the same as sigmoid(logits) > 0.5
print("same as sigmoid > 0.5:", torch.equal(pred, logits.sigmoid() > 0.5))
print("predicted labels:", pred.int().tolist())

truth = target.bool()
correct = pred == truth
tp = (pred & truth).sum(dim=0)
fp = (pred & ~truth).sum(dim=0)
fn = (~pred & truth).sum(dim=0)
precision = tp / (tp + fp).clamp(min=1)
recall = tp / (tp + fn).clamp(min=1)
f1 = 2 * precision * recall / (precision + recall).clamp(min=1e-12)
for c, name in enumerate(names):
    print(
        f"{name:8s} accuracy {correct[:, c].float().mean().item():.2f}"
        f"  precision {precision[c].item():.2f}"
        f"  recall {recall[c].item():.2f}  F1 {f1[c].item():.2f}"
    )
exact = correct.all(dim=1).float().mean().item()
print(f"all labels right (exact match): {exact:.2f}")
