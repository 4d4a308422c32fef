import torch

# A 4x4 example, with fixed values to check by eye
a = torch.tensor(
    [
        [0.3, -1.2, 2.6665, 0.1],
        [0.5, 0.2, 1.7574, -0.4],
        [-0.3, 0.4446, 0.1, -2.0],
        [1.9416, 0.7, -0.5, 0.2],
    ]
)

print("a:", a.shape)
print("argmax(dim=1):              ", torch.argmax(a, dim=1).tolist())
print(
    "argmax(dim=1, keepdim=True):",
    torch.argmax(a, dim=1, keepdim=True).tolist(),
)

result = a.max(dim=1, keepdim=True)  # a named tuple: (values, indices)
print(result)

for name, reduce in [
    ("sum", torch.sum),
    ("mean", torch.mean),
    ("amax", torch.amax),
]:
    print(
        f"{name:>4}: dim=0 -> {tuple(reduce(a, dim=0).shape)}, "
        f"dim=0 keepdim -> {tuple(reduce(a, dim=0, keepdim=True).shape)}, "
        f"dim=1 keepdim -> {tuple(reduce(a, dim=1, keepdim=True).shape)}"
    )
