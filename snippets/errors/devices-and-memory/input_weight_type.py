# cuda-only: needs a GPU to put the model on
# legacy: raises RuntimeError
import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=3).to("cuda")
images = torch.zeros(1, 3, 32, 32, device="cpu")
conv(images)
