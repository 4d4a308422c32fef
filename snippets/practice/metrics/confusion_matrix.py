import torch

num_classes = 3
target = torch.tensor([0, 0, 0, 0, 1, 1, 1, 2, 2, 2])
pred = torch.tensor([0, 0, 0, 0, 1, 0, 1, 2, 1, 1])

accuracy = (pred == target).float().mean()
print(f"accuracy: {accuracy:.2f}")

# each (true, predicted) pair becomes one index: true * C + predicted
index = target * num_classes + pred
cm = torch.bincount(index, minlength=num_classes**2)
cm = cm.view(num_classes, num_classes)  # rows: true class, cols: predicted
print("confusion matrix:")
print(cm)
