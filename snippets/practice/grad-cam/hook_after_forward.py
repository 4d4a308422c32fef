import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 4, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()
)
x = torch.randn(2, 1, 8, 8)
store = {}


def keep(module, inputs, output):
    store["act"] = output  # only keep it: no tensor hook in here


handle = model[1].register_forward_hook(keep)

# 1. a tensor hook registered after the forward pass, before backward()
score = model(x)[:, 0].sum()
store["act"].register_hook(lambda grad: store.update(grad=grad))
score.backward()
hooked = store["grad"]

# 2. no gradient hook at all: ask autograd for the gradient directly
score = model(x)[:, 0].sum()
(direct,) = torch.autograd.grad(score, store["act"])
handle.remove()

print("activation:", tuple(store["act"].shape))
print("hook after forward:", tuple(hooked.shape))
print("autograd.grad:     ", tuple(direct.shape))
print("same gradient:", torch.allclose(hooked, direct))
