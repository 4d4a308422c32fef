import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)
trunk = nn.Linear(4, 8)  # shared by both heads
head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 3)
params = [*trunk.parameters(), *head_a.parameters(), *head_b.parameters()]
x = torch.randn(16, 4)
y_a, y_b = torch.randn(16, 1), torch.randint(0, 3, (16,))
trunk_passes = []  # one entry per backward pass through the trunk


def forward():
    h = torch.relu(trunk(x))
    h.register_hook(lambda grad: trunk_passes.append(1))
    return F.mse_loss(head_a(h), y_a), F.cross_entropy(head_b(h), y_b)


# 1. one weighted sum, one backward()
loss_a, loss_b = forward()
(loss_a + 0.5 * loss_b).backward()
summed = [p.grad.clone() for p in params]
print("sum:      backward passes through the trunk:", len(trunk_passes))

# 2. one backward() per loss: the gradients add up in .grad
for p in params:
    p.grad = None
trunk_passes.clear()
loss_a, loss_b = forward()
loss_a.backward(retain_graph=True)  # keep the graph for loss_b
(0.5 * loss_b).backward()
separate = [p.grad for p in params]
print("separate: backward passes through the trunk:", len(trunk_passes))
print(
    "same gradients:",
    all(torch.allclose(s, t) for s, t in zip(summed, separate, strict=True)),
)
