import numpy as np
import torch

x = torch.tensor([1, 2, 3], device="cpu")
print("x.type():", repr(x.type()), "| x.dtype:", x.dtype)

# Old code: runs today without a warning
arr = np.zeros((1, 3, 2, 2), dtype=np.float32)
t = torch.from_numpy(arr)
old = t.type(torch.FloatTensor)
print(
    ".type(torch.FloatTensor):",
    old.dtype,
    old.device,
    "| same tensor:",
    old is t,
)
print("x.type(torch.FloatTensor):", x.type(torch.FloatTensor).dtype)
print('x.type("torch.DoubleTensor"):', x.type("torch.DoubleTensor").dtype)

# A legacy tensor type names a dtype AND a device
for legacy in (torch.FloatTensor, torch.cuda.FloatTensor):
    name = f"{legacy.__module__}.{legacy.__name__}"
    print(f"{name}: dtype {legacy.dtype}, is_cuda {legacy.is_cuda}")

# so .type(torch.FloatTensor) copies a tensor to the CPU; .to(dtype) does not
m = torch.ones(2, device="meta")  # not the CPU, and no GPU needed
print("meta .to(torch.float16):", m.to(torch.float16).device)
try:
    m.type(torch.FloatTensor)
except NotImplementedError as err:
    print("meta .type(torch.FloatTensor): NotImplementedError:", err)

# today: .to(dtype) or the shorthands
print(
    "x.to(torch.float32):",
    x.to(torch.float32).dtype,
    "| x.float():",
    x.float().dtype,
)
print(
    "isinstance(x.float(), torch.FloatTensor):",
    isinstance(x.float(), torch.FloatTensor),
)
