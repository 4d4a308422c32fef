import torch
from torch import nn

layer = nn.Linear(2, 2)
new_weight = torch.eye(2)
ptr = layer.weight.data_ptr()
try:
    layer.weight.copy_(new_weight)
except RuntimeError as err:
    print("RuntimeError:", err)

with torch.no_grad():
    layer.weight.copy_(new_weight)  # values in, same tensor kept
print("weight:", layer.weight.tolist())
print(
    "same memory:",
    layer.weight.data_ptr() == ptr,
    "| still a leaf:",
    layer.weight.is_leaf,
    "| requires_grad:",
    layer.weight.requires_grad,
)
