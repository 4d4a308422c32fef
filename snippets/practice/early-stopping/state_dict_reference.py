# cpu-only: the weights come from the CPU random generator
import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(16, 3), torch.randn(16, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def weights(state):
    return [round(v, 4) for v in state["weight"].flatten().tolist()]


state = model.state_dict()
print(
    "same memory as model.weight:",
    state["weight"].data_ptr() == model.weight.data_ptr(),
)
print(f"{'weights at the best epoch:':29}{weights(state)}")
kept = {
    "state_dict()": state,  # wrong: a reference
    "v.cpu()": {k: v.cpu() for k, v in state.items()},  # no copy on CPU
    "deepcopy": copy.deepcopy(state),
    'v.to("cpu", copy=True)': {
        k: v.to("cpu", copy=True) for k, v in state.items()
    },
}

for _ in range(20):  # training goes on after the best epoch
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()  # updates the parameters in place

for name, snapshot in kept.items():
    print(f"{name + ' kept:':29}{weights(snapshot)}")
print(f"{'current weights:':29}{weights(model.state_dict())}")
