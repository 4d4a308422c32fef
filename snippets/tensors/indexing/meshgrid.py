import torch

# Faster R-CNN: a 4x4 feature map, its cells 16 pixels apart in the image
shifts_x = torch.arange(0, 4, dtype=torch.float32) * 16
shifts_y = torch.arange(0, 4, dtype=torch.float32) * 16

# "ij": the first input varies down the rows, the second across the columns
shift_y, shift_x = torch.meshgrid(shifts_y, shifts_x, indexing="ij")
print("shift_x:\n", shift_x)
print("shift_y:\n", shift_y)

# indexing="xy": pass x first and get the same two grids back, x first.
grid_x, grid_y = torch.meshgrid(shifts_x, shifts_y, indexing="xy")
print(
    "xy gives the same grids:",
    torch.equal(grid_x, shift_x) and torch.equal(grid_y, shift_y),
)

# One (x1, y1, x2, y2) offset per cell, row by row
shifts = torch.stack(
    (
        shift_x.reshape(-1),
        shift_y.reshape(-1),
        shift_x.reshape(-1),
        shift_y.reshape(-1),
    ),
    dim=1,
)
base_anchor = torch.tensor([-8.0, -8.0, 8.0, 8.0])  # 16x16 box around (0, 0)
anchors = shifts + base_anchor
print("shifts:", tuple(shifts.shape))
print("first 5 anchors:\n", anchors[:5])
