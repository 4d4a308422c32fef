import torch

x = torch.tensor([[1], [2], [3]])
expanded = x.expand(3, 4)

expanded[0, 1] = 7  # one element written, a whole row changes
print("expanded:", expanded.tolist())
print("x:       ", x.tolist())

try:
    expanded.add_(1)
except RuntimeError as err:
    print("add_: RuntimeError:", err)

safe = x.expand(3, 4).clone()  # or repeat: memory of its own
safe[0, 1] = 0
print("clone:   ", safe.tolist(), "| x:", x.flatten().tolist())

try:
    torch.ones(3, 2).expand(3, 4)  # only size-1 dims can expand
except RuntimeError as err:
    print("expand (3, 2): RuntimeError:", err)
