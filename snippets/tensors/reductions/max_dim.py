import torch

# Fixed values, 2 rows x 3 columns, no ties
x = torch.tensor([[1.0, 9.0, 4.0], [7.0, 2.0, 8.0]])
print("x:", tuple(x.shape))

for dim in (0, 1):
    values, indices = torch.max(x, dim=dim)
    argmax = torch.argmax(x, dim=dim)
    print(
        f"max(dim={dim}): values {tuple(values.shape)} {values.tolist()}, "
        f"indices {indices.tolist()}, argmax {argmax.tolist()}"
    )

print("max(x) without dim:", x.max(), tuple(x.max().shape))
try:
    value, index = x.max()  # two names only work when dim is given
except TypeError as err:
    print("value, index = x.max(): TypeError:", err)
print(
    "argmax(x) without dim:",
    torch.argmax(x).item(),
    "(index into the flattened tensor)",
)
