import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor(
    [[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.3, 0.0], [1.0, 1.0, 3.0, 0.2]]
)
target = torch.tensor([0, 1, 3])
loss = nn.CrossEntropyLoss()

# A float target of shape (N, C): a probability distribution per sample.
one_hot = F.one_hot(target, num_classes=4).float()
print(
    f"indices {loss(logits, target).item():.4f}",
    f"| one-hot probabilities {loss(logits, one_hot).item():.4f}",
)

soft = torch.tensor(
    [[0.7, 0.2, 0.1, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.5, 0.5]]
)
by_hand = -(soft * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
print(
    f"soft targets {loss(logits, soft).item():.4f}",
    f"| by hand {by_hand.item():.4f}",
)

# label_smoothing=0.1: the one-hot target mixed with a uniform one
smoothed = 0.9 * one_hot + 0.1 / 4
smooth_loss = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target)
print(
    f"label_smoothing=0.1 {smooth_loss.item():.4f}",
    f"| smoothed probabilities {loss(logits, smoothed).item():.4f}",
)
