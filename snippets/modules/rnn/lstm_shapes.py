import torch
from torch import nn


def show(label, x, out, h_n, c_n):
    print(
        f"{label:11} x {tuple(x.shape)} output {tuple(out.shape)}",
        f"h_n {tuple(h_n.shape)} c_n {tuple(c_n.shape)}",
    )


torch.manual_seed(0)
L, N, H_in, H = 7, 4, 10, 16  # steps, batch, features, hidden size

lstm = nn.LSTM(input_size=H_in, hidden_size=H)  # expects (L, N, H_in)
x = torch.randn(L, N, H_in)
out, (h_n, c_n) = lstm(x)
show("default", x, out, h_n, c_n)

lstm_bf = nn.LSTM(H_in, H, batch_first=True)  # expects (N, L, H_in)
x_bf = torch.randn(N, L, H_in)
out, (h_n, c_n) = lstm_bf(x_bf)
show("batch_first", x_bf, out, h_n, c_n)

x_one = torch.randn(L, H_in)  # one sequence, no batch dimension
out, (h_n, c_n) = lstm(x_one)
show("unbatched", x_one, out, h_n, c_n)

gru = nn.GRU(H_in, H, batch_first=True)  # GRU and RNN: no c_n
out, h_n = gru(x_bf)
print("GRU returns", type(h_n).__name__, tuple(h_n.shape), "as h_n")
