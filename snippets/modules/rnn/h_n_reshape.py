import torch
from torch import nn

torch.manual_seed(0)
N, H = 4, 16
lstm = nn.LSTM(10, H, batch_first=True, bidirectional=True)
_, (h_n, _) = lstm(torch.randn(N, 7, 10))  # h_n: (2, N, H)
expected = torch.cat([h_n[0], h_n[1]], dim=1)  # row i: sample i

wrong = h_n.reshape(N, -1)  # the right shape, (N, 2 * H)...
print("reshape(N, -1):", tuple(wrong.shape))
print("  row 0 is sample 0:", wrong[0].equal(expected[0]))
print(
    "  row 0 is samples 0 and 1, forward only:",
    wrong[0].equal(torch.cat([h_n[0, 0], h_n[0, 1]])),
)
right = h_n.permute(1, 0, 2).reshape(N, -1)  # batch dimension first
print("permute(1, 0, 2).reshape(N, -1) is right:", right.equal(expected))
