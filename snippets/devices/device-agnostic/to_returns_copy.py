import torch
from torch import nn

# .to() on a tensor returns a new tensor and leaves the old one alone.
# dtype shows it on any machine; a device change works the same way.
x = torch.tensor([1, 2, 3])
x.to(torch.float64)  # result thrown away: x has not changed
print("after x.to(...):     ", x.dtype)
x = x.to(torch.float64)  # keep the result
print("after x = x.to(...): ", x.dtype)

# .to() on a Module changes the module itself and returns that same object.
layer = nn.Linear(2, 2)
same = layer.to(torch.float64)
print(
    "Module.to returns the same module:",
    same is layer,
    "| its weights:",
    layer.weight.dtype,
)

# Model and input must agree; here they differ in dtype.
try:
    layer(torch.ones(1, 2))
except RuntimeError as err:
    print("float32 input into a float64 model:", type(err).__name__)
