import torch

x = torch.tensor(
    [
        [-0.9950, -0.6175, -0.1253, 1.3536],
        [0.1208, -0.4237, -1.1313, 0.9022],
        [-1.1995, -0.0699, -0.4396, 0.8043],
    ]
)

result = torch.sort(x, descending=True)
print(type(result), "fields:", result.values.shape, result.indices.dtype)

# The indices say where each sorted value came from: gather rebuilds values.
print(
    "gather(x, indices) == values:",
    torch.equal(x.gather(1, result.indices), result.values),
)
print(
    "argsort == sort().indices:",
    torch.equal(torch.argsort(x, descending=True), result.indices),
)

# Sort the rows by their last column, carrying the whole row along.
order = torch.argsort(x[:, -1])
print("rows by last column:", order.tolist())
print(x[order])

# Ties: stable=True keeps equal elements in their original order.
marks = torch.tensor([2, 1, 2, 1, 2])
print("stable:", torch.sort(marks, stable=True).indices.tolist())
