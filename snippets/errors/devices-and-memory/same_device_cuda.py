# cuda-only: needs a GPU to put the model on
# raises RuntimeError
import torch
from torch import nn

model = nn.Linear(4, 2).to("cuda")
x = torch.ones(3, 4, device="cpu")  # the batch was never moved
model(x)
