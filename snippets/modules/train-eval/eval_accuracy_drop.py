# cpu-only: the accuracies come from the CPU random generator
import copy

import torch
from torch import nn

torch.manual_seed(0)
y = torch.randint(0, 2, (512,))
x = torch.randn(512, 2) + 10.0  # inputs not normalised: mean 10
x[:, 0] += torch.where(y == 1, 1.5, -1.5)  # the class shows in feature 0

model = nn.Sequential(
    nn.Linear(2, 16),
    nn.BatchNorm1d(16, momentum=0.01),  # far too slow for 30 steps
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


def accuracy(bn_train, dropout_train):
    probe = copy.deepcopy(model)  # a train-mode pass would move the stats
    for m in probe.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.train(bn_train)
        elif isinstance(m, nn.Dropout):
            m.train(dropout_train)
    with torch.no_grad():
        return (probe(x).argmax(dim=1) == y).float().mean().item()


# 1. train mode vs eval mode on the same data; 2. one layer type at a time
for name, bn_train, dropout_train in [
    ("train mode", True, True),
    ("eval mode", False, False),
    ("only BN in eval", False, True),
    ("only Dropout in eval", True, False),
]:
    print(f"{name:21} accuracy {accuracy(bn_train, dropout_train):.3f}")

# 3. running statistics against the real ones of BN's input
bn = model[1]
with torch.no_grad():
    h = model[0](x)  # what BatchNorm sees
print("running_mean:", [round(v, 2) for v in bn.running_mean[:4].tolist()])
print("real mean:   ", [round(v, 2) for v in h.mean(dim=0)[:4].tolist()])
print("running_var: ", [round(v, 2) for v in bn.running_var[:4].tolist()])
print("real var:    ", [round(v, 2) for v in h.var(dim=0)[:4].tolist()])
