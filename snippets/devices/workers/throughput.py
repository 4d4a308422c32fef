# numbers-vary: timings depend on the machine
import time

import torch
from torch.utils.data import DataLoader, Dataset


class SlowDataset(Dataset):
    """96 small samples; each costs 5 ms, like decoding an image."""

    def __init__(self):
        self.data = torch.zeros(96, 3, 8, 8, device="cpu")
        self.labels = torch.zeros(96, dtype=torch.long, device="cpu")

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        time.sleep(0.005)
        return self.data[index], self.labels[index]


def time_epochs(loader, device, count):
    """(seconds to the first batch, seconds for the epoch), per epoch."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        for step, (x, y) in enumerate(loader):
            x = x.to(device, non_blocking=True)
            y = y.to(device, non_blocking=True)
            if step == 0:
                first = time.perf_counter() - start
        times.append((first, time.perf_counter() - start))
    return times


def main():
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    pin = device.type == "cuda"  # pinned memory only helps copies to a GPU
    settings = [
        ("num_workers=0", dict(num_workers=0), 1),
        ("num_workers=2", dict(num_workers=2), 2),
        (
            "+ persistent_workers",
            dict(num_workers=2, persistent_workers=True),
            2,
        ),
    ]
    print("setting               epoch  first batch  whole epoch")
    for name, kwargs, count in settings:
        loader = DataLoader(
            SlowDataset(), batch_size=16, pin_memory=pin, **kwargs
        )
        for epoch, (first, total) in enumerate(
            time_epochs(loader, device, count), 1
        ):
            print(f"{name:21} {epoch:5} {first:10.2f} s {total:10.2f} s")


# required where workers start with spawn (Windows, macOS)
if __name__ == "__main__":
    main()
