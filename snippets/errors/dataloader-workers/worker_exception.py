import torch
from torch.utils.data import DataLoader, Dataset


class Buggy(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        if index == 5:
            raise ValueError(f"bad sample {index}")
        return torch.tensor([index])


for workers in (2, 0):
    loader = DataLoader(Buggy(), batch_size=2, num_workers=workers)
    try:
        list(loader)
    except ValueError as e:
        first_line = str(e).splitlines()[0]
        print(f"num_workers={workers}: ValueError: {first_line}")
