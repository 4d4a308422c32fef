import torch
from torch import nn

logits = torch.zeros(4, 3)
labels = torch.tensor([[0], [2], [1], [0]]).squeeze(1)  # (N,)
loss = nn.CrossEntropyLoss()(logits, labels)
print("labels:", tuple(labels.shape), " loss:", round(loss.item(), 4))

# One-hot rows are (N, C): read as probabilities, so they must be floats
one_hot = torch.tensor([[1, 0, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0]])
try:
    nn.CrossEntropyLoss()(logits, one_hot)
except RuntimeError as err:
    print("one-hot int64: RuntimeError:", err)
print("argmax(1):", one_hot.argmax(1).tolist())
loss = nn.CrossEntropyLoss()(logits, one_hot.float())
print("one-hot as probabilities, loss:", round(loss.item(), 4))
