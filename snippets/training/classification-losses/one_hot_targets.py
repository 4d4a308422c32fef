import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor(
    [[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.3, 0.0], [1.0, 1.0, 3.0, 0.2]]
)
labels = torch.tensor([0, 1, 3])
one_hot = F.one_hot(labels, num_classes=4)
loss = nn.CrossEntropyLoss()

print(f"indices (N,), int64:          {loss(logits, labels).item():.4f}")
print(
    f"one-hot (N, C), float:        {loss(logits, one_hot.float()).item():.4f}"
)
back = one_hot.argmax(dim=1)
print(f"one-hot -> argmax -> indices: {loss(logits, back).item():.4f}")
try:
    loss(logits, one_hot)  # int64 one-hot: probabilities must be float
except RuntimeError as err:
    print("one-hot (N, C), int64: RuntimeError:", err)
try:
    F.one_hot(labels.int(), num_classes=4)  # int32 labels
except RuntimeError as err:
    print("one_hot(int32): RuntimeError:", err)
