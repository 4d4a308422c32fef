import torch
from torch.nn.utils.rnn import pack_padded_sequence

padded = torch.zeros(3, 5, 4)
lengths = torch.tensor([3, 5, 2])

try:  # enforce_sorted=True is the default
    pack_padded_sequence(padded, lengths.cpu(), batch_first=True)
except RuntimeError as err:
    print("RuntimeError:", err)

packed = pack_padded_sequence(
    padded, lengths.cpu(), batch_first=True, enforce_sorted=False
)
print("sorted_indices:", packed.sorted_indices.tolist())
print("batch_sizes:", packed.batch_sizes.tolist())
