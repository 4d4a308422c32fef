import torch
from torch import nn

features = torch.randn(4, 32, 50)  # Conv1d output: (N, C, L)
lstm = nn.LSTM(input_size=32, hidden_size=64, batch_first=True)
seq = features.permute(0, 2, 1)  # (N, L, C): 50 steps of 32 features
out, (h_n, c_n) = lstm(seq)
print("input", tuple(seq.shape), "-> output", tuple(out.shape))
