import math

import torch

# Near zero only atol counts: the default 1e-8 is tighter than float32
x = torch.sin(torch.tensor(math.pi))  # about -8.7e-08, not 0
zero = torch.tensor(0.0)
print("sin(pi) == 0:", (x == zero).item())
print("allclose(sin(pi), 0):", torch.allclose(x, zero))
print("allclose(sin(pi), 0, atol=1e-6):", torch.allclose(x, zero, atol=1e-6))

# allclose broadcasts; equal wants the same shape
ones, one = torch.ones(3), torch.ones(1)
print("allclose((3,), (1,)):", torch.allclose(ones, one))
print("equal((3,), (1,)):   ", torch.equal(ones, one))

# NaN is never close to NaN unless asked
nan = torch.tensor([1.0, float("nan")])
print("allclose with NaN:", torch.allclose(nan, nan))
print("equal_nan=True:   ", torch.allclose(nan, nan, equal_nan=True))

# allclose refuses two dtypes; equal compares the values
try:
    torch.allclose(ones, ones.double())
except RuntimeError as err:
    print("allclose(float32, float64): RuntimeError:", err)
print("equal(float32, float64):", torch.equal(ones, ones.double()))
