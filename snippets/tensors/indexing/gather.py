import torch

# 4 samples, 3 classes: each row holds one sample's class scores (logits).
scores = torch.tensor(
    [[1.0, 7.0, 2.0], [5.0, 3.0, 2.0], [2.0, 2.0, 6.0], [3.0, 3.0, 4.0]]
)
labels = torch.tensor([1, 0, 2, 0])

# dim=1: out[i][0] = scores[i][index[i][0]], so index needs one column per row.
picked = torch.gather(scores, dim=1, index=labels.unsqueeze(1))
print(picked.shape, picked.squeeze(1).tolist())
print(
    "same as advanced indexing:",
    torch.equal(picked.squeeze(1), scores[torch.arange(4), labels]),
)

# dim=0: out[0][j] = scores[index[0][j]][j], one row index per column.
best_rows = torch.tensor([[1, 0, 2]])
print(torch.gather(scores, dim=0, index=best_rows).tolist())
