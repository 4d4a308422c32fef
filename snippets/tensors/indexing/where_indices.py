import torch

grid = torch.tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
rows, cols = torch.where(grid)  # one argument: where the tensor is non-zero
print("rows:", rows.tolist())
print("cols:", cols.tolist())
print(
    "same as nonzero(as_tuple=True):",
    all(
        torch.equal(a, b)
        for a, b in zip(torch.where(grid), grid.nonzero(as_tuple=True))
    ),
)

# Non-zero, not positive: negative numbers count too.
print(torch.where(torch.tensor([-2, 0, 5])))
