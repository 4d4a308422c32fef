# cpu-only: the data come from the CPU random generator
import torch
from torch import nn

torch.manual_seed(0)
class0 = torch.randn(256, 1) - 2.0  # class 0 around -2
class1 = torch.randn(256, 1) + 2.0  # class 1 around +2
data = torch.cat([class0, class1])  # sorted by class
shuffled = data[torch.randperm(512)]
print(f"real statistics:  mean {data.mean():5.2f}  var {data.var():.2f}")


def one_epoch(batches, momentum):
    bn = nn.BatchNorm1d(1, momentum=momentum)  # a fresh layer
    with torch.no_grad():  # no_grad does not stop the update
        for batch in batches.split(16):  # 32 steps of 16 samples
            bn(batch)
    mean, var = bn.running_mean.item(), bn.running_var.item()
    print(f"mean {mean:5.2f}  var {var:.2f}")


print("shuffled:         ", end="")
one_epoch(shuffled, momentum=0.1)
print("sorted by class:  ", end="")
one_epoch(data, momentum=0.1)
print("momentum 0.01:    ", end="")
one_epoch(shuffled, momentum=0.01)
print("momentum None:    ", end="")
one_epoch(shuffled, momentum=None)  # plain average over all batches
