# script: the spawn start method imports this file again in each worker
# warns UserWarning
# raises TypeError
from torch.utils.data import DataLoader, Dataset


class Lines(Dataset):
    def __init__(self, path):
        self.file = open(path)  # opened once, in the main process
        self.offsets = [0, 2, 4, 6]

    def __len__(self):
        return len(self.offsets)

    def __getitem__(self, index):
        self.file.seek(self.offsets[index])
        return self.file.readline().strip()


if __name__ == "__main__":
    with open("lines.txt", "w") as f:
        f.write("a\nb\nc\nd\n")
    loader = DataLoader(
        Lines("lines.txt"),
        batch_size=2,
        num_workers=2,
        multiprocessing_context="spawn",  # the default on Windows and macOS
    )
    print(list(loader))
