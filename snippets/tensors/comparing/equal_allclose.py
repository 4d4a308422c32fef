import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([1.0, 2.0, 3.000001])

print("a == b:          ", a == b)
print("torch.equal(a, b):", torch.equal(a, b))
print("torch.isclose(a, b):", torch.isclose(a, b))
print("torch.allclose(a, b):", torch.allclose(a, b))

# torch.equal: same shape and same values; never an error
print("equal, other shape:", torch.equal(a, a[:2]))
# allclose: |a - b| <= atol + rtol * |b|, defaults rtol=1e-5, atol=1e-8
c = torch.tensor([1.0, 2.0, 3.1])
print("allclose(a, c):          ", torch.allclose(a, c))
print("allclose(a, c, rtol=0.05):", torch.allclose(a, c, rtol=0.05))
print("allclose(a, c, atol=0.2): ", torch.allclose(a, c, atol=0.2))
