import warnings

import torch

shifts = torch.arange(0, 4, dtype=torch.float32) * 16

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    shift_y, shift_x = torch.meshgrid(shifts, shifts)  # no indexing=

warning = caught[0]
message = str(warning.message).split(" (Triggered")[0]
print(f"{warning.category.__name__}: {message}")
print(
    "same grids as indexing='ij':",
    torch.equal(shift_x, torch.meshgrid(shifts, shifts, indexing="ij")[1]),
)
