import torch
from torch import nn
from torch.nn import functional as F

logits = torch.tensor([[4.0, 1.0, 0.0], [8.0, 0.0, 0.0], [0.5, 2.5, 0.0]])
target = torch.tensor([0, 0, 1])
eps = 0.1

plain = nn.CrossEntropyLoss(reduction="none")(logits, target)
smooth = nn.CrossEntropyLoss(reduction="none", label_smoothing=eps)(
    logits, target
)
print("plain   :", [round(v, 4) for v in plain.tolist()])
print("smoothed:", [round(v, 4) for v in smooth.tolist()])

# The same by hand: the target is (1 - eps) * one-hot + eps / C
log_p = F.log_softmax(logits, dim=1)
num_classes = logits.shape[1]
soft = F.one_hot(target, num_classes) * (1 - eps) + eps / num_classes
print("soft target row 0:", [round(v, 4) for v in soft[0].tolist()])
by_hand = -(soft * log_p).sum(dim=1)
print("by hand matches:", torch.allclose(by_hand, smooth))
