import inspect

import torch
import torch.nn.functional as F
from torch import nn

print("F.dropout", inspect.signature(F.dropout))


class Careful(nn.Module):
    def forward(self, x):
        return F.dropout(x, 0.2, self.training)  # correct


class Forgetful(nn.Module):
    def forward(self, x):
        return F.dropout(x, 0.2)  # training=True by default, even in eval


x = torch.ones(10_000)
for model in (Careful(), Forgetful()):
    model.eval()
    zeros = (model(x) == 0).float().mean().item()
    print(f"{type(model).__name__:9} in eval mode: share of zeros {zeros:.1f}")
