import torch

x = torch.tensor([[1.0, 2.0, 3.0], [10.0, 20.0, 30.0]])  # 2 rows, 3 columns

row_mean = x.mean(dim=1, keepdim=True)  # (2, 1): one mean per row
print("row means:", row_mean.shape, row_mean.tolist())
print("x - row_mean:", (x - row_mean).tolist())

flat_mean = x.mean(dim=1)  # shape (2,): the row axis is gone
print("without keepdim:", flat_mean.shape)
try:
    x - flat_mean  # (2, 3) - (2,) lines the 2 up with the 3 columns
except RuntimeError as err:
    print("RuntimeError:", err)

square = torch.tensor([[1.0, 2.0], [10.0, 20.0]])
wrong = square - square.mean(dim=1)  # column j loses the mean of ROW j
right = square - square.mean(dim=1, keepdim=True)
print("square, without keepdim:", wrong.tolist())
print("square, with keepdim:   ", right.tolist())
