# raises RuntimeError
# cpu-only: on CUDA the message names torch.cuda.FloatTensor
import torch
from torch import nn

embed = nn.Embedding(10, 4)
ids = torch.tensor([[1.0, 5.0, 2.0]])  # token ids stored as floats
embed(ids)
