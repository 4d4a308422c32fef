import torch

x = torch.tensor([3.0, 1.0, 4.0, 1.5, 5.0, 9.0, 2.0, 6.0])

ranked = torch.topk(x, 4)  # sorted=True (the default): largest first
print("sorted=True :", ranked.values.tolist())

# the same 4 elements, in an order PyTorch does not promise
loose = torch.topk(x, 4, sorted=False)
print(
    "sorted=False, same elements:",
    sorted(loose.values.tolist()) == sorted(ranked.values.tolist()),
)
print(
    "values still match indices:", torch.equal(x[loose.indices], loose.values)
)
