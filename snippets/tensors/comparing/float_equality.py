import torch

# The same three numbers added in two orders, element by element
with torch.device("cpu"):  # data from the CPU generator on any machine
    g = torch.Generator().manual_seed(0)
    a, b, c = (torch.rand(1000, generator=g) for _ in range(3))
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
a, b, c = a.to(device), b.to(device), c.to(device)
left, right = (a + b) + c, a + (b + c)

print("(a + b) + c == a + (b + c):", torch.equal(left, right))
print("elements that differ:", (left != right).sum().item(), "of 1000")
print(f"largest difference: {(left - right).abs().max().item():.2e}")
print("allclose:", torch.allclose(left, right))

# 0.1 + 0.2 == 0.3 depends on the dtype
for dtype in (torch.float32, torch.float64):
    s = torch.tensor(0.1, dtype=dtype) + torch.tensor(0.2, dtype=dtype)
    same = (s == torch.tensor(0.3, dtype=dtype)).item()
    print(f"{dtype}: 0.1 + 0.2 == 0.3 is {same}")
