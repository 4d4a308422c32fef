# raises RuntimeError
import torch
from torch import nn

x = torch.randn(4, 7, 10)  # (N, L, H_in)
h0 = torch.zeros(4, 2, 20)  # batch first like x: wrong for a state
c0 = torch.zeros(4, 2, 20)

gru = nn.GRU(10, 20, num_layers=2, batch_first=True)
try:
    gru(x, h0)
except RuntimeError as err:
    print("GRU:", err)

lstm = nn.LSTM(10, 20, num_layers=2, batch_first=True)
lstm(x, (h0, c0))
