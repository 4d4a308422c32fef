# script: the spawn start method imports this file again in each worker
# warns UserWarning
# raises AttributeError
from torch.utils.data import DataLoader, Dataset


class Mapped(Dataset):
    def __init__(self, n, fn):
        self.n, self.fn = n, fn

    def __len__(self):
        return self.n

    def __getitem__(self, index):
        return self.fn(index)


def make_dataset():
    return Mapped(4, lambda i: i * 10)  # a lambda inside a function


if __name__ == "__main__":
    loader = DataLoader(
        make_dataset(),
        batch_size=2,
        num_workers=2,
        multiprocessing_context="spawn",
    )
    print(list(loader))
