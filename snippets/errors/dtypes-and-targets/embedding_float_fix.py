import torch
from torch import nn

embed = nn.Embedding(10, 4)
ids = torch.tensor([[1.0, 5.0, 2.0]]).long()
print(ids.dtype, "->", tuple(embed(ids).shape))
