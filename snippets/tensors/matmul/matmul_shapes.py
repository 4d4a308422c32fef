import torch

pairs = [
    ((4,), (4,)),  # vector . vector: a scalar
    ((3, 4), (4,)),  # matrix x vector
    ((4,), (4, 6)),  # vector x matrix
    ((3, 4), (4, 6)),  # matrix x matrix
    ((10, 3, 4), (10, 4, 6)),  # a batch of 10 products
    ((10, 3, 4), (4, 6)),  # one matrix for the whole batch
    ((2, 1, 3, 4), (5, 4, 6)),  # batch dims (2, 1) and (5,) broadcast
]
for left, right in pairs:
    out = torch.ones(left) @ torch.ones(right)
    print(f"{str(left):>13} @ {str(right):<10} -> {tuple(out.shape)}")

a, b = torch.randn(2, 1, 3, 4), torch.randn(5, 4, 6)
print("same as torch.matmul:", torch.equal(a @ b, torch.matmul(a, b)))
