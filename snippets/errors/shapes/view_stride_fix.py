import torch

x = torch.zeros(2, 3, 4, 4).permute(0, 2, 3, 1)
print("reshape:", tuple(x.reshape(2, -1).shape))
print("contiguous().view:", tuple(x.contiguous().view(2, -1).shape))
print("flatten(1):", tuple(x.flatten(1).shape))
