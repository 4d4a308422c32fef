# legacy: raises ValueError
import torch
from torch import nn

bn = nn.BatchNorm1d(4).train()
bn(torch.ones(1, 4))  # one sample: no variance to compute
