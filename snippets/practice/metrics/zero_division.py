import torch

num_classes = 3
target = torch.tensor([0, 0, 1, 1, 2])
pred = torch.tensor([0, 0, 1, 1, 1])  # class 2 is never predicted
cm = torch.bincount(target * num_classes + pred, minlength=num_classes**2)
cm = cm.view(num_classes, num_classes).float()
tp, predicted = cm.diag(), cm.sum(dim=0)

naive = tp / predicted
print("naive precision:", [round(x, 3) for x in naive.tolist()])
print("macro", naive.mean().item())

safe = torch.where(predicted > 0, tp / predicted.clamp(min=1), 0.0)
print("safe precision: ", [round(x, 3) for x in safe.tolist()])
print(f"macro {safe.mean():.3f}")
