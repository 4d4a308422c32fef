import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
blocks = nn.ModuleList(
    nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Dropout(0.1))
    for _ in range(4)
)
x = torch.randn(256, 64)
weights = {p.untyped_storage().data_ptr() for p in blocks.parameters()}


def forward(x, use_checkpoint):
    for block in blocks:
        if use_checkpoint:
            x = checkpoint(block, x, use_reentrant=False)
        else:
            x = block(x)
    return x.pow(2).mean()


saved = []  # size of each tensor autograd keeps for backward


def pack(t):
    if t.untyped_storage().data_ptr() not in weights:  # skip weights
        saved.append(t.numel())  # values, not bytes: a GPU mask is bool
    return t


grads, losses = {}, {}
for use_checkpoint in (False, True):
    saved.clear()
    torch.manual_seed(1)  # the same dropout masks in both runs
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        loss = forward(x, use_checkpoint)
    blocks.zero_grad()
    loss.backward()
    grads[use_checkpoint] = [p.grad.clone() for p in blocks.parameters()]
    losses[use_checkpoint] = loss.detach()
    name = "checkpoint" if use_checkpoint else "plain     "
    values = sum(saved) // 1024
    print(f"{name}: saved {len(saved):>2} tensors, {values}k values")

print("same loss:", torch.allclose(losses[False], losses[True]))
same = all(torch.allclose(a, b) for a, b in zip(*grads.values()))
print("same gradients:", same)
