import torch
from torch import nn
from torch.nn import functional as F

logits = 2 * torch.eye(3)[[0, 2, 1, 0]]  # (N, C), confident and right
labels = torch.tensor([0, 2, 1, 0])
loss_fn = nn.CrossEntropyLoss()

# usually: class indices, shape (N,)
print("indices (N,):", round(loss_fn(logits, labels).item(), 4))
# one-hot rows back to indices
one_hot = F.one_hot(labels, num_classes=3)
print("argmax(1):", one_hot.argmax(1).tolist())
# or really probabilities (soft labels): a float (N, C) target
soft = one_hot.float() * 0.9 + 0.1 / 3  # label smoothing by hand
print("soft (N, C):", round(loss_fn(logits, soft).item(), 4))
smooth = nn.CrossEntropyLoss(label_smoothing=0.1)  # the same, from indices
print("label_smoothing=0.1:", round(smooth(logits, labels).item(), 4))
