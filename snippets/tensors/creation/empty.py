import torch

# Allocated, not filled: the values are left-over bytes, so none are printed
a = torch.Tensor(3, 10, 4, 4)
e = torch.empty(3, 10, 4, 4)  # the current spelling of the same thing
z = torch.zeros(3, 10, 4, 4)  # allocates AND fills with 0
for name, t in [
    ("torch.Tensor(3, 10, 4, 4)", a),
    ("torch.empty(3, 10, 4, 4)", e),
    ("torch.zeros(3, 10, 4, 4)", z),
]:
    print(f"{name:26} shape {tuple(t.shape)}, dtype {t.dtype}")
print("zeros is all zero:", bool((z == 0).all()))

# Debugging aid: deterministic mode fills new memory with NaN
torch.use_deterministic_algorithms(True)
print(
    "deterministic mode: empty(2, 3) is all NaN:",
    bool(torch.empty(2, 3).isnan().all()),
)
torch.use_deterministic_algorithms(False)

# empty is fine when every element is written before it is read.
out = torch.empty(2, 3)
out.copy_(torch.arange(6.0).view(2, 3))
print("empty, then copy_:", out.tolist())

# Sizes versus data: capital T with a list, lower-case t, and factories
print(
    "torch.Tensor([3, 10]):",
    torch.Tensor([3, 10]).tolist(),
    torch.Tensor([3, 10]).dtype,
)
print(
    "torch.tensor([3, 10]):",
    torch.tensor([3, 10]).tolist(),
    torch.tensor([3, 10]).dtype,
)
like = torch.zeros_like(z[:, :2])
print(
    "zeros_like(z[:, :2]):",
    tuple(like.shape),
    like.dtype,
    " new_zeros(2, 2):",
    tuple(z.new_zeros(2, 2).shape),
)
