import torch
from torch import nn
from torch.nn.utils.rnn import pad_sequence

torch.manual_seed(0)
H = 16
seqs = [torch.randn(n, 10) for n in (7, 4, 2)]
padded = pad_sequence(seqs, batch_first=True)  # (3, 7, 10), zeros at the end
lengths = torch.tensor([7, 4, 2])
rows = torch.arange(len(seqs))

lstm = nn.LSTM(10, H, batch_first=True)
out, _ = lstm(padded)
alone = torch.stack([lstm(s[None])[0][0, -1] for s in seqs])
last = out[rows, lengths - 1]  # each row's last real step
print("output[:, -1] right, per sequence:")
print("  ", torch.isclose(out[:, -1], alone, atol=1e-3).all(1).tolist())
print("output[rows, lengths - 1] right:")
print("  ", torch.isclose(last, alone, atol=1e-3).all(1).tolist())

bi = nn.LSTM(10, H, batch_first=True, bidirectional=True)
out, _ = bi(padded)  # the backward direction starts in the padding
alone = torch.stack([bi(s[None])[0][0, 0, H:] for s in seqs])
print("bidirectional, backward half at step 0 right:")
print("  ", torch.isclose(out[:, 0, H:], alone, atol=1e-3).all(1).tolist())
