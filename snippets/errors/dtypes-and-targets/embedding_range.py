# raises IndexError
# cpu-only: on CUDA this bug stops in a device-side assert instead
import torch
from torch import nn

vocab = ["<pad>", "the", "cat", "sat", "on", "mat"]  # ids 0 .. 5
embed = nn.Embedding(len(vocab), 4)
ids = torch.tensor([[1, 2, 3, 4, 1, 6]])  # 6: a word added later
print("num_embeddings:", embed.num_embeddings, " max id:", ids.max().item())
embed(ids)
