import torch
from torch.nn.utils.rnn import pack_padded_sequence

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
padded = torch.zeros(3, 5, 4, device=device)  # the data may be on the GPU

for lengths in (
    [3, 5, 2],  # a plain list of ints
    torch.tensor([3, 5, 2], dtype=torch.int32, device="cpu"),
    torch.tensor([3, 5, 2], dtype=torch.int64, device="cpu"),
):
    packed = pack_padded_sequence(
        padded, lengths, batch_first=True, enforce_sorted=False
    )
    kind = getattr(lengths, "dtype", "list")
    print(f"{str(kind):12s} batch_sizes: {packed.batch_sizes.tolist()}")
