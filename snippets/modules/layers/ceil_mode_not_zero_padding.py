import torch
import torch.nn.functional as F

x = torch.tensor(
    [
        [-2, 1, 2, 6, 4],
        [-3, 1, 7, 2, -2],
        [-4, 2, 3, -1, -3],
        [-7, 1, 2, 3, 11],
        [5, -7, 8, 12, -9],
    ],
    dtype=torch.float32,
).unsqueeze(0)

ceil = F.max_pool2d(x, kernel_size=2, stride=2, ceil_mode=True)
zeros = F.max_pool2d(
    F.pad(x, (0, 1, 0, 1), value=0.0), kernel_size=2, stride=2
)
minus_inf = F.max_pool2d(
    F.pad(x, (0, 1, 0, 1), value=float("-inf")), kernel_size=2, stride=2
)
print("ceil_mode=True:     ", ceil.squeeze(0).tolist())
print("pad with 0 + floor: ", zeros.squeeze(0).tolist())
print("pad with -inf:      ", minus_inf.squeeze(0).tolist())
print("ceil_mode equals -inf padding:", torch.equal(ceil, minus_inf))
