import torch

# on the CPU: only the grad check fails
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True, device="cpu")
y = w * 2  # part of the autograd graph

try:
    y.numpy()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

# A tensor on an accelerator fails a second check. The meta device (no data,
# present on every machine) trips the same check a CUDA tensor does.
try:
    torch.zeros(3, device="meta").numpy()
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

arr = y.detach().cpu().numpy()  # works on every device
print(type(arr).__name__, arr.dtype, arr.tolist())
print("y still tracks gradients:", y.requires_grad)
