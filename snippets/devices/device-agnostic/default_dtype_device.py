import warnings

import torch

# The old way: one call set the dtype and device of new tensors. It warns.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_default_tensor_type(torch.DoubleTensor)
message = str(caught[0].message).split(" (Triggered")[0]
print(f"{caught[0].category.__name__}: {message}")
torch.set_default_dtype(torch.float32)  # undo it

# The current way: two separate settings.
torch.set_default_dtype(torch.float64)
print(
    "default dtype float64 ->", torch.tensor([1.5]).dtype, torch.zeros(2).dtype
)
print("integers are not affected ->", torch.tensor([1]).dtype)
torch.set_default_dtype(torch.float32)

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
previous = torch.get_default_device()
torch.set_default_device(device)
z = torch.zeros(2)  # no device= needed
print("new tensors follow the default device:", z.device.type == device.type)
torch.set_default_device(previous)  # restore what was there before
print("default dtype restored:", torch.get_default_dtype())
