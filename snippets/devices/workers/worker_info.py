from torch.utils.data import DataLoader, Dataset, get_worker_info


class Numbered(Dataset):
    """Eight samples; each one says which worker process loaded it."""

    def __init__(self):
        self.loaded = 0  # __getitem__ calls, counted in each process

    def __len__(self):
        return 8

    def __getitem__(self, index):
        self.loaded += 1
        info = get_worker_info()  # None in the main process
        return index, info.id if info is not None else "main"


def main():
    for workers in (2, 0):
        dataset = Numbered()
        # collate_fn=list keeps the (index, worker) pairs as they are
        loader = DataLoader(
            dataset, batch_size=2, num_workers=workers, collate_fn=list
        )
        print(f"num_workers={workers}:", list(loader))
        print(
            "  calls counted by the dataset in the main process:",
            dataset.loaded,
        )


# required where workers start with spawn (Windows, macOS)
if __name__ == "__main__":
    main()
