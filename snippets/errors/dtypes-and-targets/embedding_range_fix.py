import torch
from torch import nn

ids = torch.tensor([[1, 2, 3, 4, 1, 6]])
embed = nn.Embedding(int(ids.max()) + 1, 4)  # one row per id, 0 .. max
print("num_embeddings:", embed.num_embeddings, end=" ")
print("-> output:", tuple(embed(ids).shape))
