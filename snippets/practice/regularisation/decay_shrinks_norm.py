import torch
from torch import nn

# Decay alone, with no gradient from the loss: where does BatchNorm's
# scale (initialised to 1) go after 100 steps?
for weight_decay in (0.1, 0.0):
    bn = nn.BatchNorm1d(4)
    optimizer = torch.optim.AdamW(
        bn.parameters(), lr=0.01, weight_decay=weight_decay
    )
    for _ in range(100):
        optimizer.zero_grad()
        (0 * bn(torch.ones(8, 4)).sum()).backward()  # zero gradients
        optimizer.step()
    print(
        f"weight_decay={weight_decay}: bn.weight =",
        [round(v, 4) for v in bn.weight.tolist()],
    )
