import torch
from torch.optim import Adam, AdamW

w0 = torch.tensor([1.0, 1.0])
grad = torch.tensor([1.0, 0.0])  # the second weight gets no gradient


def first_step(optimizer_class, **kwargs):
    """How far one step moves each weight down, from w0 with `grad`."""
    w = w0.clone().requires_grad_()
    optimizer = optimizer_class([w], lr=0.01, **kwargs)
    w.grad = grad.clone()
    optimizer.step()
    return [round(v, 4) for v in (w0 - w.detach()).tolist()]


print("weights", w0.tolist(), "| gradients", grad.tolist(), "| lr 0.01")
for name, optimizer_class, kwargs in [
    ("Adam, no decay", Adam, {}),
    ("Adam(weight_decay=0.1)", Adam, dict(weight_decay=0.1)),
    ("AdamW(weight_decay=0.1)", AdamW, dict(weight_decay=0.1)),
    (
        "Adam(..., decoupled_weight_decay=True)",
        Adam,
        dict(weight_decay=0.1, decoupled_weight_decay=True),
    ),
]:
    print(f"{name:38} moves down by {first_step(optimizer_class, **kwargs)}")

param = torch.zeros(1, requires_grad=True)
print("default weight_decay: Adam", Adam([param]).defaults["weight_decay"])
print("                      AdamW", AdamW([param]).defaults["weight_decay"])
