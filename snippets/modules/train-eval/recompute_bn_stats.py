# cpu-only: the accuracies come from the CPU random generator
import torch
from torch import nn
from torch.optim.swa_utils import update_bn
from torch.utils.data import DataLoader

torch.manual_seed(0)  # the same data, model and training as above
y = torch.randint(0, 2, (512,))
x = torch.randn(512, 2) + 10.0
x[:, 0] += torch.where(y == 1, 1.5, -1.5)
model = nn.Sequential(
    nn.Linear(2, 16),
    nn.BatchNorm1d(16, momentum=0.01),
    nn.ReLU(),
    nn.Dropout(0.3),
    nn.Linear(16, 2),
)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model.train()
for _ in range(30):
    idx = torch.randint(0, 512, (32,))
    optimizer.zero_grad()
    nn.functional.cross_entropy(model(x[idx]), y[idx]).backward()
    optimizer.step()


def eval_accuracy():
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(dim=1) == y).float().mean().item()


print(f"eval accuracy, before:           {eval_accuracy():.3f}")

# recompute the statistics: one pass, BatchNorm alone in train mode
model.eval()
for m in model.modules():
    if isinstance(m, nn.BatchNorm1d):
        m.reset_running_stats()
        m.momentum = None  # a plain average over the pass, not an EMA
        m.train()
with torch.no_grad():  # no gradients, no weight changes
    for batch in x.split(32):
        model(batch)
print(f"eval accuracy, stats recomputed: {eval_accuracy():.3f}")
bn = model[1]
print("running_mean:", [round(v, 2) for v in bn.running_mean[:4].tolist()])

# the same in one call (it sets the whole model to train mode)
update_bn(DataLoader(x, batch_size=32), model)
print(f"eval accuracy, after update_bn:  {eval_accuracy():.3f}")
