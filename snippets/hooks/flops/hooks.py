import torch
from torch import nn


def count_macs(model, example):
    """MACs of every Conv2d and Linear, counted by forward hooks in one pass.

    Returns rows (name, module, output shape, MACs) in the order they ran.
    """
    rows = []

    def hook(module, inputs, output):
        if isinstance(module, nn.Conv2d):
            kh, kw = module.kernel_size
            # MACs behind one output value
            per_value = (module.in_channels // module.groups) * kh * kw
        else:  # nn.Linear
            per_value = module.in_features
        # numel(): N * C_out * H_out * W_out, or N * out_features
        rows.append(
            (
                names[module],
                module,
                tuple(output.shape),
                output.numel() * per_value,
            )
        )

    names = {m: name for name, m in model.named_modules()}
    handles = [
        m.register_forward_hook(hook)
        for m in model.modules()
        if isinstance(m, (nn.Conv2d, nn.Linear))
    ]
    try:
        with torch.no_grad():
            model(example)
    finally:  # the hooks go, even if the forward pass fails
        for h in handles:
            h.remove()
    return rows


def quick_formula(module, output_shape):
    """A common shortcut: square output and kernel, one image, millions."""
    if isinstance(module, nn.Conv2d):
        return (
            output_shape[2] ** 2
            * module.kernel_size[0] ** 2
            * module.in_channels
            * module.out_channels
            / module.groups
            / 1e6
        )
    return module.in_features * module.out_features / 1e6


model = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=(3, 5), padding=(1, 2)),  # a 3x5 kernel
    nn.ReLU(),
    nn.Conv2d(16, 16, kernel_size=3, padding=1, groups=16),  # depthwise
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(16, 10),
)
example = torch.zeros(2, 3, 32, 48)  # two images, 32 high and 48 wide

rows = count_macs(model, example)
print(f"{'layer':<12} {'output':<16} {'MACs':>8} {'quick (M)':>9}")
for name, module, shape, macs in rows:
    layer = f"{name} {type(module).__name__}"
    quick = quick_formula(module, shape)
    print(f"{layer:<12} {str(shape):<16} {macs:>8} {quick:>9.4f}")
total = sum(macs for *_, macs in rows)
print("total MACs:", total, "| FLOPs (2 per MAC):", 2 * total)
print(
    "the shortcut's total (M):",
    round(sum(quick_formula(m, s) for _, m, s, _ in rows), 4),
)
