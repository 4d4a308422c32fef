from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class Stream(IterableDataset):
    """Yields 0..5, like reading lines from a file."""

    def __iter__(self):
        return iter(range(6))


class ShardedStream(IterableDataset):
    """Each worker yields its share: every num_workers-th item from its id."""

    def __iter__(self):
        info = get_worker_info()
        start, step = (0, 1) if info is None else (info.id, info.num_workers)
        return iter(range(6)[start::step])


def main():
    for dataset in (Stream(), ShardedStream()):
        # batch_size=None: items one by one
        loader = DataLoader(dataset, batch_size=None, num_workers=2)
        items = list(loader)
        print(f"{type(dataset).__name__:>13}: {sorted(items)}")


if __name__ == "__main__":
    main()
