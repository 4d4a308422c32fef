import torch

x = torch.arange(1.0, 6.0)  # [1., 2., 3., 4., 5.]
print(torch.topk(x, 3))
print(torch.topk(x, 3, largest=False))

result = torch.topk(x, 3)
print(type(result), isinstance(result, tuple))
values, indices = result  # unpack like a tuple...
print(values.tolist(), result.indices.tolist())  # ...or use the field names

# 2-D input: dim defaults to the last one, so this is the top-2 of every row.
scores = torch.tensor([[0.1, 0.6, 0.3], [0.8, 0.05, 0.15]])
top2 = scores.topk(2)
print("top-2 per row:", top2.indices.tolist())

# max(dim) gives the single largest and drops dim; topk(1) keeps it.
best = scores.max(dim=1)
top1 = scores.topk(1, dim=1)
print("max:    ", tuple(best.values.shape), best.indices.tolist())
print("topk(1):", tuple(top1.values.shape), top1.indices.tolist())
kept = scores.max(dim=1, keepdim=True)
print("same as keepdim=True:", torch.equal(top1.values, kept.values))
