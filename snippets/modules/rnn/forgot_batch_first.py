import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 7, 10)  # 4 sequences of 7 steps: (N, L, H_in)
edited = x.clone()
edited[0] += 1.0  # change sample 0 only

for batch_first in (False, True):
    lstm = nn.LSTM(10, 16, batch_first=batch_first)
    out, (h_n, _) = lstm(x)
    print(
        f"batch_first={batch_first!s:5} output {tuple(out.shape)}",
        f"h_n {tuple(h_n.shape)} | out[2] changed:",
        not torch.allclose(out[2], lstm(edited)[0][2]),
    )
