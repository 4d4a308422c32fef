import torch
from torch import nn
from torch.nn.utils.rnn import (
    pack_padded_sequence,
    pad_packed_sequence,
    pad_sequence,
)

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
gru = nn.GRU(input_size=4, hidden_size=6, batch_first=True).to(device)
seqs = [torch.randn(n, 4, device=device) for n in (3, 5, 2)]
padded = pad_sequence(seqs, batch_first=True)
lengths = torch.tensor([3, 5, 2])  # lengths must be a CPU tensor

packed = pack_padded_sequence(
    padded, lengths.cpu(), batch_first=True, enforce_sorted=False
)
out_packed, h_packed = gru(packed)
out, out_lengths = pad_packed_sequence(out_packed, batch_first=True)
print("padded input:", tuple(padded.shape))
print("output:", tuple(out.shape), "lengths:", out_lengths.tolist())
print("h_n:", tuple(h_packed.shape))

# each sequence alone, without any padding
h_alone = torch.cat([gru(s[None])[1] for s in seqs], dim=1)
print(
    "packed h_n == each sequence alone:",
    torch.allclose(h_packed, h_alone, atol=1e-3),
)

_, h_padded = gru(padded)  # the padding zeros run through the GRU too
same = torch.isclose(h_padded, h_alone, atol=1e-3).all(dim=2)
print("unpacked h_n == alone, per sequence:", same[0].tolist())
print("padded outputs are zeros:", out[2, 2:].abs().sum().item() == 0)
