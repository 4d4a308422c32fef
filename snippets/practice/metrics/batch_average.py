import torch


def f1_per_class(cm):
    tp = cm.diag()
    p = tp / cm.sum(dim=0).clamp(min=1)
    r = tp / cm.sum(dim=1).clamp(min=1)
    return torch.where(p + r > 0, 2 * p * r / (p + r).clamp(min=1e-12), 0.0)


def confusion(target, pred, num_classes=2):
    cm = torch.bincount(target * num_classes + pred, minlength=num_classes**2)
    return cm.view(num_classes, num_classes).float()


# two batches of a rare class-1 problem
batches = [
    (torch.tensor([0, 0, 0, 1]), torch.tensor([0, 0, 0, 1])),
    (torch.tensor([0, 0, 0, 0]), torch.tensor([0, 0, 1, 0])),
]
per_batch = [f1_per_class(confusion(t, p))[1] for t, p in batches]
print("class-1 F1 per batch:", [round(v.item(), 3) for v in per_batch])
print(f"mean of batch F1s:   {torch.stack(per_batch).mean():.3f}")

total = sum(confusion(t, p) for t, p in batches)  # add the counts instead
print(f"F1 from summed counts: {f1_per_class(total)[1]:.3f}")
