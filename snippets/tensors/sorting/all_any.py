import torch

a = torch.tensor([[0.3, -1.2, 0.5], [2.0, 0.0, -0.7]])
b = a.clone()
c = torch.tensor([[0.5]])  # broadcasts: every element is compared with 0.5

print(b == a)
print("all:", torch.all(b == a), " any:", (b == a).any())
print("c == a, any:", (c == a).any(), " all:", (c == a).all())

# With dim, one answer per row (dim=1) or per column (dim=0).
positive = a > 0
print("every element > 0, per row:", positive.all(dim=1).tolist())
print("some element > 0, per column:", positive.any(dim=0).tolist())

# Non-zero counts as True. The result is bool, except for uint8 input.
print(torch.all(torch.tensor([3, 1, 2])), torch.any(torch.tensor([0.0, 0.0])))
print(torch.all(torch.tensor([3, 1, 2], dtype=torch.uint8)))

# Empty input: all() is True, any() is False.
empty = torch.tensor([])
print("empty:", torch.all(empty).item(), torch.any(empty).item())
