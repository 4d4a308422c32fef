import torch
from torch import nn

torch.manual_seed(0)
H = 16
x = torch.randn(4, 7, 10)  # (N, L, H_in)

lstm = nn.LSTM(10, H, batch_first=True)
out, (h_n, _) = lstm(x)
print("one direction:")
print("  output[:, -1] == h_n[-1]:", torch.allclose(out[:, -1], h_n[-1]))

bi = nn.LSTM(10, H, batch_first=True, bidirectional=True)
out, (h_n, _) = bi(x)
fwd, bwd = out[..., :H], out[..., H:]  # the two directions
print("bidirectional: output", tuple(out.shape), "h_n", tuple(h_n.shape))
print(
    "  forward,  output[:, -1, :H] == h_n[-2]:",
    torch.allclose(fwd[:, -1], h_n[-2]),
)
print(
    "  backward, output[:, -1, H:] == h_n[-1]:",
    torch.allclose(bwd[:, -1], h_n[-1]),
)
print(
    "  backward, output[:, 0, H:]  == h_n[-1]:",
    torch.allclose(bwd[:, 0], h_n[-1]),
)
