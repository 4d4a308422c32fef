import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1))
x, y = torch.randn(8, 20), torch.randn(8, 1)
acts = []
# the usual visualisation hook: it stores a detached copy
model[1].register_forward_hook(lambda mod, inp, out: acts.append(out.detach()))


def fc1_grad(lam):
    acts.clear()
    model.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    penalty = lam * acts[0].abs().mean()
    (loss + penalty).backward()
    return penalty.requires_grad, model[0].weight.grad.clone()


_, without = fc1_grad(0.0)
needs_grad, with_penalty = fc1_grad(10.0)
print("penalty requires_grad:", needs_grad)
print(
    "fc1 gradient changed by the penalty:",
    not torch.equal(without, with_penalty),
)
