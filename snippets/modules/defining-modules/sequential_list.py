# raises TypeError
from torch import nn

layers = [nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2)]
print(nn.Sequential(*layers)[2])  # unpacked: fine
nn.Sequential(layers)  # the list itself
