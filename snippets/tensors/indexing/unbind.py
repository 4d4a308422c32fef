import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])

rows = torch.unbind(a, dim=0)  # 4 tensors of shape (3,)
cols = a.unbind(dim=1)  # 3 tensors of shape (4,)
print(rows)
print(cols)

print("stack undoes it:", torch.equal(torch.stack(cols, dim=1), a))

rows[0][0] = 100  # the pieces are views of a, not copies
print("a[0]:", a[0].tolist())
