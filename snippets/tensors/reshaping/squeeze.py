import torch

# Only the shapes matter, so the values are zeros.
a = torch.zeros(1, 2, 3)
print("a:", tuple(a.shape))
for dim in (0, 2, 3, -1):
    print(f"  unsqueeze({dim}):", tuple(a.unsqueeze(dim).shape))
try:
    a.unsqueeze(4)
except IndexError as err:
    print("  unsqueeze(4): IndexError:", err)

b = torch.zeros(1, 1, 2, 3)
print("b:", tuple(b.shape))
print(
    "  squeeze():      ", tuple(b.squeeze().shape), " every size-1 dim is gone"
)
print("  squeeze(1):     ", tuple(b.squeeze(1).shape))
print(
    "  squeeze(2):     ",
    tuple(b.squeeze(2).shape),
    " size 2, so nothing happens, no error",
)
print("  squeeze((0, 1)):", tuple(b.squeeze((0, 1)).shape))
