import torch

# 3 samples, 10 channels, 4x4 maps; only shapes matter
a = torch.zeros(3, 10, 4, 4)
print("a:", tuple(a.shape))
print(
    "flatten():        ",
    tuple(a.flatten().shape),
    " everything, batch included",
)
print(
    "flatten(1):       ", tuple(a.flatten(1).shape), " keep dim 0, merge 1..3"
)
print(
    "flatten(2):       ",
    tuple(a.flatten(2).shape),
    " keep dims 0, 1, merge 2..3",
)
print(
    "flatten(1, 2):    ", tuple(a.flatten(1, 2).shape), " merge dims 1..2 only"
)
print("view(a.size(0), -1):", tuple(a.view(a.size(0), -1).shape))
