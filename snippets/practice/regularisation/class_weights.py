import torch
from torch import nn

# 90 samples of class 0, 10 of class 1
target = torch.cat([torch.zeros(90), torch.ones(10)]).long()
counts = torch.bincount(target)
weight = len(target) / (len(counts) * counts.float())  # "balanced"
print("counts:", counts.tolist())
print("weights:", [round(w, 3) for w in weight.tolist()])

plain = nn.CrossEntropyLoss()
weighted = nn.CrossEntropyLoss(weight=weight)
# two models' probabilities for (class 0, class 1), as log-probabilities
lazy = torch.tensor([[0.9, 0.1]]).log().expand(100, 2)  # always class 0
fair = torch.where(target[:, None] == torch.arange(2), 0.7, 0.3).log()
for name, logits in (("always class 0 ", lazy), ("right, 0.7 sure", fair)):
    print(
        f"{name}: plain {plain(logits, target):.4f}, "
        f"weighted {weighted(logits, target):.4f}"
    )
