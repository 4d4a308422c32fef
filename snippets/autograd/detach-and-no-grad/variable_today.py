import torch
from torch.autograd import Variable

t = torch.ones(2)
v = Variable(t)  # still importable, but only returns a Tensor
print(
    type(v).__name__,
    "| requires_grad:",
    v.requires_grad,
    "| shares memory with t:",
    v.data_ptr() == t.data_ptr(),
)

v = Variable(t, requires_grad=True)  # old: torch.ones(2, requires_grad=True)
print(
    type(v).__name__,
    "| requires_grad:",
    v.requires_grad,
    "| is_leaf:",
    v.is_leaf,
)
print(
    "isinstance(torch.ones(2), Variable):", isinstance(torch.ones(2), Variable)
)
