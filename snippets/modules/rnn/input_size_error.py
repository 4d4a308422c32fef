# raises RuntimeError
import torch
from torch import nn

features = torch.randn(4, 32, 50)  # Conv1d output: (N, C, L)
lstm = nn.LSTM(input_size=32, hidden_size=64, batch_first=True)
lstm(features)  # read as (N, L, H_in): 32 steps of 50 features
