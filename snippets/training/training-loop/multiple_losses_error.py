# raises RuntimeError
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)
trunk = nn.Linear(4, 8)
head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 3)
x = torch.randn(16, 4)
y_a, y_b = torch.randn(16, 1), torch.randint(0, 3, (16,))

h = torch.relu(trunk(x))  # the shared part of the graph
loss_a = F.mse_loss(head_a(h), y_a)
loss_b = F.cross_entropy(head_b(h), y_b)
loss_a.backward()  # frees what the trunk saved for backward
print("loss_a.backward() done")
loss_b.backward()  # needs it again
