import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode
from torchvision.models import resnet18


def hook_macs(model, example):
    """The hook counter from above, in short: MACs of Conv2d and Linear."""
    total = 0

    def hook(module, inputs, output):
        nonlocal total
        if isinstance(module, nn.Conv2d):
            kh, kw = module.kernel_size
            total += (
                output.numel()
                * (module.in_channels // module.groups)
                * kh
                * kw
            )
        else:
            total += output.numel() * module.in_features

    handles = [
        m.register_forward_hook(hook)
        for m in model.modules()
        if isinstance(m, (nn.Conv2d, nn.Linear))
    ]
    with torch.no_grad():
        model(example)
    for h in handles:
        h.remove()
    return total


def torch_flops(model, example):
    counter = FlopCounterMode(display=False)  # True: a table per module
    with counter, torch.no_grad():
        model(example)
    by_op = {
        str(op): n for op, n in counter.get_flop_counts()["Global"].items()
    }
    return counter.get_total_flops(), by_op


model = resnet18(weights=None).eval()
example = torch.zeros(1, 3, 224, 224)
macs = hook_macs(model, example)
flops, by_op = torch_flops(model, example)
print("resnet18, hooks:           ", macs, "MACs")
print("resnet18, FlopCounterMode: ", flops, "FLOPs")
print("  by operator:", by_op)
print("ratio:", flops / macs)
params = sum(p.numel() for p in model.parameters())
print("resnet18, parameters:      ", params)


class Scorer(nn.Module):
    """Multiplies by its own weight with @: no nn.Linear for a hook."""

    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(512, 256)
        self.weight = nn.Parameter(torch.zeros(256, 1000))

    def forward(self, x):
        return self.proj(x) @ self.weight


scorer = Scorer()
x = torch.zeros(4, 512)
macs = hook_macs(scorer, x)
flops, by_op = torch_flops(scorer, x)
print("Scorer, hooks:           ", macs, "MACs (only the nn.Linear)")
print("Scorer, FlopCounterMode: ", flops, "FLOPs")
print("  by operator:", by_op)
