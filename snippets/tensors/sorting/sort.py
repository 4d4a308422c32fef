import torch

# The x the note printed, written out so the results can be compared with it.
x = torch.tensor(
    [
        [-0.9950, -0.6175, -0.1253, 1.3536],
        [0.1208, -0.4237, -1.1313, 0.9022],
        [-1.1995, -0.0699, -0.4396, 0.8043],
    ]
)

values, indices = torch.sort(x)  # default: dim=-1 (within each row), ascending
print(values)
print(indices)

values, indices = torch.sort(
    x, dim=0, descending=True
)  # within each column, largest first
print(values)
print(indices)
