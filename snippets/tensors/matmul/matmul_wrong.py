import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
w = torch.tensor([[1.0, 0.0], [0.0, 10.0]])
print("x * w  (element by element):", (x * w).tolist())
print("x @ w  (matrix product):    ", (x @ w).tolist())

try:
    torch.ones(3, 4) * torch.ones(4, 6)
except RuntimeError as err:
    print("(3, 4) * (4, 6): RuntimeError:", err)
try:
    torch.ones(3, 4) @ torch.ones(3, 6)
except RuntimeError as err:
    print("(3, 4) @ (3, 6): RuntimeError:", err)
