import weakref

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(32, 256), nn.ReLU(), nn.Linear(256, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
x, y = torch.randn(64, 32), torch.randn(64, 1)

hidden = []  # weak references to each step's (64, 256) activation
model[1].register_forward_hook(
    lambda m, i, out: hidden.append(weakref.ref(out))
)


def run(train, use_item, steps=100):
    hidden.clear()
    total = 0
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        if train:
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        total += loss.item() if use_item else loss
    return total


def graph_nodes(t):
    seen, todo = set(), [getattr(t, "grad_fn", None)]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [n for n, _ in node.next_functions]
    return len(seen)


for train in (True, False):
    for use_item in (False, True):
        total = run(train, use_item)
        alive = [r() for r in hidden if r() is not None]
        kib = sum(t.numel() * t.element_size() for t in alive) // 1024
        loop = "train" if train else "eval "
        added = "loss.item()" if use_item else "loss       "
        kind = type(total).__name__
        print(
            f"{loop} += {added}: total is {kind + ',':<7} "
            f"graph nodes {graph_nodes(total):>3}, "
            f"activations alive {len(alive):>3} ({kib} KiB)"
        )
