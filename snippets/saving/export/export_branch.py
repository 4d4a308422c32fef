import torch
from torch import nn


class Gate(nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return torch.zeros_like(x)


pos = torch.tensor([1.0, 2.0])
neg = torch.tensor([-1.0, -2.0])
try:
    torch.export.export(Gate(), (pos,))
except Exception as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")


class CondGate(nn.Module):
    def forward(self, x):
        return torch.cond(
            x.sum() > 0, lambda t: t * 2, lambda t: torch.zeros_like(t), (x,)
        )


exported = torch.export.export(CondGate(), (pos,)).module()
print(f"pos -> {exported(pos).tolist()}, neg -> {exported(neg).tolist()}")
