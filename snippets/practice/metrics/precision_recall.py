import torch

num_classes = 3
target = torch.tensor([0, 0, 0, 0, 1, 1, 1, 2, 2, 2])
pred = torch.tensor([0, 0, 0, 0, 1, 0, 1, 2, 1, 1])
cm = torch.bincount(target * num_classes + pred, minlength=num_classes**2)
cm = cm.view(num_classes, num_classes).float()

tp = cm.diag()
precision = tp / cm.sum(dim=0)  # column sums: how often each was predicted
recall = tp / cm.sum(dim=1)  # row sums: how often each really occurs
f1 = 2 * precision * recall / (precision + recall)
for name, v in (("precision", precision), ("recall", recall), ("F1", f1)):
    print(f"{name:<9} per class {[round(x, 3) for x in v.tolist()]}")

print(
    f"macro P {precision.mean():.3f}, R {recall.mean():.3f}, "
    f"F1 {f1.mean():.3f}  (mean over classes)"
)
# not the same: the harmonic mean of macro P and macro R
p, r = precision.mean(), recall.mean()
print(f"F1 of macro P and macro R: {2 * p * r / (p + r):.3f}  (not macro F1)")
# micro: pool all classes' counts first
micro_p = tp.sum() / cm.sum(dim=0).sum()
micro_r = tp.sum() / cm.sum(dim=1).sum()
micro_f1 = 2 * micro_p * micro_r / (micro_p + micro_r)
print(
    f"micro P {micro_p:.3f}, R {micro_r:.3f}, F1 {micro_f1:.3f}, "
    f"accuracy {(pred == target).float().mean():.3f}"
)
