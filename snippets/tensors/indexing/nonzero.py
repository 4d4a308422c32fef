import torch

label = torch.tensor([[1, 0, 0], [1, 0, 1]])
print(label.nonzero())  # one row per non-zero element: (row, column)

label = torch.tensor([[1, 0, 0], [3, 0, 1]])
mask = label > 1  # a boolean mask: True counts as non-zero
print(mask.nonzero())

rows, cols = mask.nonzero(as_tuple=True)  # one index tensor per dimension
print("as_tuple:", rows.tolist(), cols.tolist())
print(
    "picked values:",
    label[label > 0].tolist(),
    label[label.nonzero(as_tuple=True)].tolist(),
)

flags = torch.tensor([1, 1, 1, 0, 1])
print(
    "1-D input:",
    tuple(torch.nonzero(flags).shape),
    torch.nonzero(flags).squeeze(1).tolist(),
)
