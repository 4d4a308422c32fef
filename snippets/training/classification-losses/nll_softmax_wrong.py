import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor(
    [[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.3, 0.0], [1.0, 1.0, 3.0, 0.2]]
)
target = torch.tensor([0, 1, 3])
right = nn.CrossEntropyLoss()(logits, target)

probs = F.softmax(logits, dim=1)
wrong = nn.NLLLoss()(probs, target)  # softmax, not log_softmax, first
print(f"correct loss                     {right.item():.4f}")
print(f"softmax + NLLLoss                {wrong.item():.4f}")
picked = probs[torch.arange(3), target].mean().item()
print(f"= minus the mean prob of target  {-picked:.4f}")

twice = nn.CrossEntropyLoss()(probs, target)  # softmax applied twice
print(f"softmax + CrossEntropyLoss       {twice.item():.4f}")
