import torch
from torch import nn
from torch.autograd import gradcheck


class HuberLoss(nn.Module):
    """Quadratic below delta, linear above: tensor ops, no backward."""

    def __init__(self, delta=1.0):
        super().__init__()
        self.delta = delta

    def forward(self, pred, target):
        err = (pred - target).abs()
        quadratic = 0.5 * err**2
        linear = self.delta * (err - 0.5 * self.delta)
        return torch.where(err < self.delta, quadratic, linear).mean()


torch.manual_seed(0)
pred = (3 * torch.randn(8)).requires_grad_()  # errors above and below 1
target = torch.randn(8)
mine, builtin = HuberLoss()(pred, target), nn.HuberLoss()(pred, target)
print("grad_fn:", type(mine.grad_fn).__name__)
(grad_mine,) = torch.autograd.grad(mine, pred)
(grad_builtin,) = torch.autograd.grad(builtin, pred)
print("same loss as nn.HuberLoss:", torch.allclose(mine, builtin))
print("same gradient:", torch.allclose(grad_mine, grad_builtin))

# gradcheck: autograd's gradient against finite differences, in float64
p = (3 * torch.randn(8, dtype=torch.float64)).requires_grad_()
t = torch.randn(8, dtype=torch.float64)
print("gradcheck:", gradcheck(lambda p: HuberLoss()(p, t), (p,)))
