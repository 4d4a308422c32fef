import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

# three "sentences" of token ids, lengths 3, 5 and 2
samples = [
    torch.tensor([4, 7, 1]),
    torch.tensor([5, 2, 9, 3, 8]),
    torch.tensor([6, 2]),
]


def collate(batch):
    lengths = torch.tensor([len(seq) for seq in batch])
    padded = pad_sequence(batch, batch_first=True, padding_value=0)
    return padded, lengths


loader = DataLoader(samples, batch_size=3, collate_fn=collate)
padded, lengths = next(iter(loader))
print("padded:", tuple(padded.shape))
print(padded.tolist())
print("lengths:", lengths.tolist())

try:  # the default collate stacks, and stacking needs equal sizes
    next(iter(DataLoader(samples, batch_size=3)))
except RuntimeError as err:
    print("RuntimeError:", err)
