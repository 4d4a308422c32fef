import torch

# Two tensors of shape (1, 1, 2, 4), as (batch, channel, height, width)
a0 = torch.tensor([[[[1.0, 1, 1, 1], [2, 2, 2, 2]]]])
a1 = torch.tensor([[[[3.0, 3, 3, 3], [4, 4, 4, 4]]]])
print("a0, a1:", tuple(a0.shape))

for dim in range(4):
    joined = torch.cat((a0, a1), dim=dim)
    print(f"cat dim={dim}: {tuple(joined.shape)}")

print(torch.cat((a0, a1), dim=3))
