import itertools

from torch import nn, optim

# three networks trained by one optimizer
models = [nn.Linear(4, 8), nn.Linear(8, 8), nn.Linear(8, 2)]

# One dict per parameter group; its keys override the defaults after the list.
optimizer = optim.SGD(
    [
        # its own learning rate
        {"params": models[0].parameters(), "lr": 1e-4},
        # the default lr below
        {"params": models[1].parameters()},
        # any option can be set per group
        {"params": models[2].parameters(), "momentum": 0.0},
    ],
    lr=1e-2,
    momentum=0.9,
    weight_decay=5e-4,
)
for i, group in enumerate(optimizer.param_groups):
    print(
        f"group {i}: lr={group['lr']}, momentum={group['momentum']}, "
        f"weight_decay={group['weight_decay']}, tensors={len(group['params'])}"
    )

# Learning rates live in the groups: change one group, the others keep theirs.
optimizer.param_groups[1]["lr"] *= 0.1
print("lr per group:", [group["lr"] for group in optimizer.param_groups])

# All three models in ONE group, one lr: chain their parameter iterators.
single = optim.SGD(
    itertools.chain(*(m.parameters() for m in models)), lr=1e-2, momentum=0.9
)
print("one group holding", len(single.param_groups[0]["params"]), "tensors")
