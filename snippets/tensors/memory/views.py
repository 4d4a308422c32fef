import torch

x = torch.arange(6.0)
views = {
    "x.view(2, 3)": x.view(2, 3),
    "x.view(2, 3).t()": x.view(2, 3).t(),
    "x[2:]": x[2:],
    "x[::2]": x[::2],
}
clone = x.clone()


def same_storage(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


print(f"{'tensor':18} {'shape':7} {'stride':7} offset  shares x's storage")
for name, t in [("x", x), *views.items(), ("x.clone()", clone)]:
    shape, stride = str(tuple(t.shape)), str(t.stride())
    offset = t.storage_offset()
    print(f"{name:18} {shape:7} {stride:7} {offset:6}  {same_storage(t, x)}")

views["x.view(2, 3)"][1, 0] = -1.0  # x and every other view see it
print("x after writing -1 through view(2, 3):", x.tolist())
print("x[2:] :", views["x[2:]"].tolist())
print("clone :", clone.tolist())
print(
    "x[2:].data_ptr() - x.data_ptr():",
    x[2:].data_ptr() - x.data_ptr(),
    "bytes (its first element), same storage",
)
print("storage bytes:", x.untyped_storage().nbytes(), "= 6 float32 x 4 bytes")
