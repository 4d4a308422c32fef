import torch

# A fixed x, written out so the results can be checked by eye.
x = torch.tensor(
    [
        [-0.9950, -0.6175, -0.1253, 1.3536],
        [0.1208, -0.4237, -1.1313, 0.9022],
        [-1.1995, -0.0699, -0.4396, 0.8043],
    ]
)

# The four calls: within each row (dim=-1, the default) or each
# column (dim=0), ascending (the default) or descending.
for args in (
    {},
    {"descending": True},
    {"dim": 0},
    {"dim": 0, "descending": True},
):
    values, indices = torch.sort(x, **args)
    shown = "".join(f", {name}={value}" for name, value in args.items())
    print(f"torch.sort(x{shown})")
    print(values)
    print(indices)
