import torch
from torch import nn

lstm = nn.LSTM(10, 20, num_layers=3, batch_first=True, bidirectional=True)


def zero_state(x):
    directions = 2 if lstm.bidirectional else 1
    shape = (lstm.num_layers * directions, x.size(0), lstm.hidden_size)
    return torch.zeros(shape), torch.zeros(shape)


for batch_size in (4, 3):  # an epoch's last batch is often smaller
    x = torch.randn(batch_size, 7, 10)
    h0, c0 = zero_state(x)
    out, (h_n, c_n) = lstm(x, (h0, c0))
    print(
        "x", tuple(x.shape), "h0", tuple(h0.shape), "-> h_n", tuple(h_n.shape)
    )

out_default, _ = lstm(x)  # no state given: zeros as well
print("same as passing no state:", torch.allclose(out, out_default))
