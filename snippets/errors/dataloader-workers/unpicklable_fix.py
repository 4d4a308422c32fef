# script: the spawn start method imports this file again in each worker
from torch.utils.data import DataLoader, Dataset, get_worker_info


def shout(line):  # a top-level function: workers find it by name
    return line.upper() + "!"


class Lines(Dataset):
    def __init__(self, path, transform):
        self.path = path  # a string pickles fine
        self.transform = transform
        self.file = None  # each process opens its own file
        self.offsets = [0, 2, 4, 6]

    def __len__(self):
        return len(self.offsets)

    def __getitem__(self, index):
        if self.file is None:  # first use in this process
            self.file = open(self.path)
        self.file.seek(self.offsets[index])
        line = self.file.readline().strip()
        return self.transform(line), get_worker_info().id


if __name__ == "__main__":
    with open("lines.txt", "w") as f:
        f.write("a\nb\nc\nd\n")
    loader = DataLoader(
        Lines("lines.txt", transform=shout),
        batch_size=2,
        num_workers=2,
        multiprocessing_context="spawn",
    )
    for lines, workers in loader:
        print(lines, "read by workers", workers.tolist())
