import torch

x = torch.tensor([[1], [2], [3]])  # (3, 1)
expanded = x.expand(3, 4)  # or x.expand(-1, 4): -1 keeps a size
repeated = x.repeat(1, 4)
like = x.expand_as(torch.zeros(3, 4))


def shares(t):
    return t.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()


print("x:", tuple(x.shape), "stride", x.stride())
for name, t in [
    ("expand(3, 4)", expanded),
    ("expand_as", like),
    ("repeat(1, 4)", repeated),
]:
    print(
        f"{name:12}: shape {tuple(t.shape)}, stride {t.stride()},",
        f"storage {t.untyped_storage().nbytes()} bytes, shares x: {shares(t)}",
    )

x[0, 0] = 10  # write through x
print("after x[0, 0] = 10:")
print("  expanded[0]:", expanded[0].tolist())
print("  repeated[0]:", repeated[0].tolist())
