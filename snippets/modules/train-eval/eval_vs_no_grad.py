import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 2), nn.Dropout(0.5))
x = torch.ones(3, 4)

model.eval()  # changes what Dropout / BatchNorm do; autograd keeps recording
out = model(x)
print(
    "eval() only:    requires_grad",
    out.requires_grad,
    "| grad_fn",
    type(out.grad_fn).__name__,
)
out.sum().backward()
print(
    "  backward() still works: weight.grad is set:",
    model[0].weight.grad is not None,
)

with torch.no_grad():  # no graph is recorded: less memory, faster
    out = model(x)
print(
    "eval + no_grad: requires_grad",
    out.requires_grad,
    "| grad_fn",
    out.grad_fn,
)

with torch.inference_mode():  # like no_grad, with less bookkeeping
    out = model(x)
print(
    "eval + inference_mode: requires_grad",
    out.requires_grad,
    "| is_inference",
    out.is_inference(),
)
try:
    # inference tensors cannot join a graph later
    (out * model[0].weight.sum()).sum().backward()
except RuntimeError as err:
    print("  RuntimeError:", str(err).split(".")[0])

model.train()
with torch.no_grad():  # no_grad alone does not switch Dropout off
    y = model[1](torch.ones(10_000))
print(
    "train + no_grad: Dropout still zeroes",
    f"{(y == 0).float().mean().item():.1f}",
    "of the values",
)
