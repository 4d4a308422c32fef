import torch

x = torch.arange(12)  # 0..11, laid out in memory one after another
print("x:", tuple(x.shape), "stride", x.stride())

v = x.view(3, 4)  # same 12 numbers, read as 3 rows of 4
w = x.view(2, -1)  # -1: "work this one out" -> 6
print("view(3, 4):", tuple(v.shape), "stride", v.stride())
print("view(2, -1):", tuple(w.shape))

template = torch.zeros(4, 3)
u = x.view_as(template)  # take the shape of another tensor
print(
    "view_as(template):",
    tuple(u.shape),
    "== view(template.size()):",
    torch.equal(u, x.view(template.size())),
)

v[0, 0] = 100  # a view is a new header on the SAME memory
print("x after v[0, 0] = 100:", x[:4].tolist())

try:
    x.view(5, -1)  # 12 elements cannot fill rows of 5
except RuntimeError as err:
    print("view(5, -1): RuntimeError:", err)
