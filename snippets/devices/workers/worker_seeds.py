import random

import numpy as np
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Noisy(Dataset):
    """Four samples, each drawing random numbers as an augmentation would."""

    connection = "none"  # opened per worker by worker_init_fn below

    def __len__(self):
        return 4

    def __getitem__(self, index):
        info = get_worker_info()
        return (
            info.id,
            info.seed,
            random.random(),
            float(np.random.rand()),
            self.connection,
        )


def open_connection(worker_id):
    """Runs once in each worker, after seeding: for per-worker setup."""
    # the worker's own copy of the dataset
    get_worker_info().dataset.connection = f"db-{worker_id}"


def per_worker(loader):
    rows = [row for batch in loader for row in batch]
    # worker id -> (seed, random, numpy, connection)
    return {row[0]: row[1:] for row in rows}


def main():
    loader = DataLoader(
        Noisy(),
        batch_size=2,
        num_workers=2,
        collate_fn=list,
        worker_init_fn=open_connection,
    )
    first, second = per_worker(loader), per_worker(loader)  # two epochs
    print(
        "worker 1's seed = worker 0's seed + 1:",
        first[1][0] == first[0][0] + 1,
    )
    print(
        "workers draw different numbers: random",
        first[0][1] != first[1][1],
        "| numpy",
        first[0][2] != first[1][2],
    )
    print("new seeds in the next epoch:", first[0][0] != second[0][0])
    print(
        "connections:",
        first[0][3],
        first[1][3],
        "| main process:",
        Noisy.connection,
    )

    kept = DataLoader(
        Noisy(),
        batch_size=2,
        num_workers=2,
        collate_fn=list,
        persistent_workers=True,
    )
    first, second = per_worker(kept), per_worker(kept)
    print(
        "persistent_workers=True: same seed next epoch:",
        first[0][0] == second[0][0],
        "| numbers go on:",
        first[0][1] != second[0][1],
    )


if __name__ == "__main__":
    main()
