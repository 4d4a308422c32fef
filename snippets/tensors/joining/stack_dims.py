import torch

a0 = torch.tensor([[[[1.0, 1, 1, 1], [2, 2, 2, 2]]]])
a1 = torch.tensor([[[[3.0, 3, 3, 3], [4, 4, 4, 4]]]])

for dim in range(5):  # stack adds a dimension, so 0..4 are all valid here
    joined = torch.stack((a0, a1), dim=dim)
    same = torch.equal(
        joined, torch.cat((a0.unsqueeze(dim), a1.unsqueeze(dim)), dim=dim)
    )
    print(
        f"stack dim={dim}: {tuple(joined.shape)}  "
        f"same as unsqueeze({dim}) + cat: {same}"
    )

print(torch.stack((a0, a1), dim=4))

same_shape = (
    torch.stack((a0, a1), dim=2).shape == torch.stack((a0, a1), dim=3).shape
)
same_values = torch.equal(
    torch.stack((a0, a1), dim=2), torch.stack((a0, a1), dim=3)
)
print(f"dim=2 vs dim=3: same shape {same_shape}, same values {same_values}")
