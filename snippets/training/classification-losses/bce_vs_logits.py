import torch
from torch import nn

logits = torch.tensor([1.5, -0.3, 0.8, -2.0])  # one raw score per sample
target = torch.tensor([1.0, 0.0, 1.0, 1.0])  # float, same shape as the input
with_sigmoid = nn.BCELoss()(torch.sigmoid(logits), target)
from_logits = nn.BCEWithLogitsLoss()(logits, target)
print(
    f"sigmoid + BCELoss {with_sigmoid.item():.4f}",
    f"| BCEWithLogitsLoss {from_logits.item():.4f}",
)

# Confident and wrong: logit 20 for a negative, -120 for a positive.
big = torch.tensor([20.0, -120.0], requires_grad=True)
wrong = torch.tensor([0.0, 1.0])
print("sigmoid(big):", torch.sigmoid(big).tolist())  # exactly, in float32

loss = nn.BCELoss(reduction="none")(torch.sigmoid(big), wrong)
loss.sum().backward()
print(
    "sigmoid + BCELoss: loss", loss.tolist(), "grad", big.grad.abs().tolist()
)

big.grad = None
loss = nn.BCEWithLogitsLoss(reduction="none")(big, wrong)
loss.sum().backward()
print(
    "BCEWithLogitsLoss: loss", loss.tolist(), "grad", big.grad.abs().tolist()
)
