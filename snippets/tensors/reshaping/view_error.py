import torch

x = torch.arange(6).view(2, 3)
t = x.t()  # shape (3, 2): no data is moved, only the strides are swapped
print(
    "x:", tuple(x.shape), "stride", x.stride(), "contiguous", x.is_contiguous()
)
print(
    "t:", tuple(t.shape), "stride", t.stride(), "contiguous", t.is_contiguous()
)
print(
    "t in row order:",
    t.flatten().tolist(),
    " memory order:",
    x.flatten().tolist(),
)

try:
    t.view(6)
except RuntimeError as err:
    print("t.view(6): RuntimeError:", err)

r = t.reshape(6)  # works: reshape copies when a view is impossible
print(
    "t.reshape(6):",
    r.tolist(),
    " shares memory with x:",
    r.data_ptr() == x.data_ptr(),
)
c = t.contiguous()  # an explicit copy in row order; after that view works
print(
    "t.contiguous().view(6):",
    c.view(6).tolist(),
    " shares memory with x:",
    c.data_ptr() == x.data_ptr(),
)

# Where a view IS possible, reshape returns one; contiguous() does nothing
print(
    "x.reshape(3, 2) shares memory:",
    x.reshape(3, 2).data_ptr() == x.data_ptr(),
)
print("x.contiguous() is x:", x.contiguous() is x)
