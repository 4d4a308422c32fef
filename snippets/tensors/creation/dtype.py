import numpy as np
import torch

x = torch.tensor([1, 2, 3])  # Python ints -> int64
print("x:", x.dtype)
print(".float():            ", x.float().dtype)
print(".to(torch.float32):  ", x.to(torch.float32).dtype)
print(".to(torch.float16):  ", x.to(torch.float16).dtype)
print(".double(), .long():  ", x.double().dtype, x.long().dtype)
print(
    ".to(torch.int64) is x:",
    x.to(torch.int64) is x,
    " (same dtype: no copy, the same tensor)",
)

x.float()  # returns a new tensor; x itself is unchanged
print("after x.float(), x is still", x.dtype)

y = torch.tensor([-1.7, 2.7])
print("float -> int truncates toward zero:", y.long().tolist())

try:
    x.astype(torch.float32)  # the NumPy spelling
except AttributeError as err:
    print("AttributeError:", err)

a = np.array([1.5, 2.5])  # NumPy's default float is float64
print("numpy:", a.dtype, "-> astype:", a.astype(np.float32).dtype)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
t = torch.from_numpy(a).to(device)  # keeps float64
print(
    "from_numpy:",
    t.dtype,
    "-> .to(device, torch.float32):",
    t.to(device, torch.float32).dtype,
)
