import torch
from torch import nn

# A 5x5 example, as one channel: shape (1, 5, 5).
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

floor_pool = nn.MaxPool2d(kernel_size=2, stride=2)
ceil_pool = nn.MaxPool2d(kernel_size=2, stride=2, ceil_mode=True)
print("ceil_mode=False:", floor_pool(x).squeeze(0).tolist())
print("ceil_mode=True: ", ceil_pool(x).squeeze(0).tolist())

# A window that would start inside the padding is dropped: 4 -> 3
padded = nn.MaxPool2d(kernel_size=2, stride=2, padding=1, ceil_mode=True)
print("padding=1, ceil_mode=True:", tuple(padded(x).shape))
