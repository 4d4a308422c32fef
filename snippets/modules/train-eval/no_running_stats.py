import torch
from torch import nn

bn = nn.BatchNorm1d(1, track_running_stats=False).eval()
print("running_mean:", bn.running_mean)  # nothing is tracked
batch = torch.tensor([[1.0], [2.0], [3.0], [6.0]])
print("eval, batch of 4:", [round(v, 4) for v in bn(batch).flatten().tolist()])
print(
    "eval, first two: ",
    [round(v, 4) for v in bn(batch[:2]).flatten().tolist()],
)
try:
    bn(batch[:1])
except ValueError as e:
    print("eval, batch of 1: ValueError:", e)
