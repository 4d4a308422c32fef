import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(16 * 8 * 8, 64),
    nn.LayerNorm(64),
    nn.Linear(64, 10),
)

decay, no_decay = [], []
for name, p in model.named_parameters():
    if not p.requires_grad:
        continue
    # biases and norm-layer scales are 1-D; conv and linear weights are not
    (no_decay if p.ndim <= 1 else decay).append(name)

params = dict(model.named_parameters())
optimizer = torch.optim.AdamW(
    [
        {"params": [params[n] for n in decay], "weight_decay": 0.05},
        {"params": [params[n] for n in no_decay], "weight_decay": 0.0},
    ],
    lr=1e-3,
)
for group, names in zip(optimizer.param_groups, (decay, no_decay)):
    size = sum(p.numel() for p in group["params"])
    print(
        f"weight_decay={group['weight_decay']}: {len(names)} tensors, "
        f"{size:,} values"
    )
    print("   ", names)
