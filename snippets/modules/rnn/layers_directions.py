import torch
from torch import nn

torch.manual_seed(0)
N, L, H = 4, 7, 16
lstm = nn.LSTM(10, H, num_layers=3, batch_first=True, bidirectional=True)
out, (h_n, c_n) = lstm(torch.randn(N, L, 10))
print("output", tuple(out.shape), "= (N, L, 2 * H)")
print("h_n   ", tuple(h_n.shape), "= (num_layers * 2, N, H)")

per_layer = h_n.view(3, 2, N, H)  # (num_layers, directions, N, H)
last = per_layer[-1]  # the top layer: [0] forward, [1] backward
print("top layer forward  is h_n[-2]:", last[0].equal(h_n[-2]))
print("top layer backward is h_n[-1]:", last[1].equal(h_n[-1]))

features = torch.cat([h_n[-2], h_n[-1]], dim=1)  # (N, 2 * H)
print("features for a head:", tuple(features.shape))
