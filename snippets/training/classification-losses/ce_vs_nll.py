import torch
import torch.nn.functional as F
from torch import nn

# 3 samples, 4 classes: raw scores (logits), no softmax applied
logits = torch.tensor(
    [[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.3, 0.0], [1.0, 1.0, 3.0, 0.2]]
)
target = torch.tensor([0, 1, 3])  # one class index per sample, int64
print(
    "input",
    tuple(logits.shape),
    logits.dtype,
    "| target",
    tuple(target.shape),
    target.dtype,
)

ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(F.log_softmax(logits, dim=1), target)
by_hand = (
    -logits[torch.arange(3), target] + torch.logsumexp(logits, dim=1)
).mean()
print(f"CrossEntropyLoss             {ce.item():.4f}")
print(f"log_softmax + NLLLoss        {nll.item():.4f}")
print(f"-x[class] + log sum exp x    {by_hand.item():.4f}")
print(
    "per sample:",
    [
        round(v, 4)
        for v in nn.CrossEntropyLoss(reduction="none")(logits, target).tolist()
    ],
)

# NLLLoss only picks -input[n, target[n]] and averages: no log.
picked = -F.log_softmax(logits, dim=1)[torch.arange(3), target]
print("NLLLoss = mean of picked -log p:", torch.allclose(nll, picked.mean()))
