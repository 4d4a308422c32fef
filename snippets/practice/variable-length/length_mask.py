import torch

padded = torch.tensor(
    [
        [4.0, 7.0, 1.0, 0.0, 0.0],
        [5.0, 2.0, 9.0, 3.0, 8.0],
        [6.0, 2.0, 0.0, 0.0, 0.0],
    ]
)
lengths = torch.tensor([3, 5, 2], device=padded.device)

mask = torch.arange(padded.size(1), device=padded.device) < lengths[:, None]
print(mask.int().tolist())

naive = padded.mean(dim=1)  # averages the padding zeros in
masked = (padded * mask).sum(dim=1) / lengths
print("mean with padding:", [round(v, 2) for v in naive.tolist()])
print("masked mean:      ", [round(v, 2) for v in masked.tolist()])

# for attention-style scores: padded positions get -inf before softmax
scores = torch.zeros(3, 5).masked_fill(~mask, float("-inf"))
print("softmax weights:", scores.softmax(dim=1)[2].tolist())
