import torch

# Fixed values, written out instead of drawn with randn.
x = torch.tensor([[-0.4620, 0.3139], [0.3898, -0.7197], [0.0478, -0.1657]])
y = torch.ones(3, 2)
print(torch.where(x > 0, x, y))  # x where the condition holds, else y

# A Python number works in place of either tensor and is broadcast.
x64 = torch.tensor([[1.0779, 0.0383], [-0.8785, -1.1089]], dtype=torch.float64)
print(torch.where(x64 > 0, x64, 0.0))

# The scalar takes part in type promotion: int tensor, float scalar -> float
counts = torch.tensor([3, -1, 2])
print(torch.where(counts > 0, counts, 0.5))
print(torch.where(counts > 0, counts, 0).dtype)
