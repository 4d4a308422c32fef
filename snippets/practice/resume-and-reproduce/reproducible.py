# cpu-only: prints losses that come from the CPU random generator
import os
import random

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

# only older PyTorch needs this on CUDA; set it before any cuBLAS call
os.environ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8"


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # seeds the CPU and every GPU
    torch.use_deterministic_algorithms(True)
    torch.backends.cudnn.benchmark = False  # CUDA only


def seed_worker(worker_id):
    # for libraries PyTorch does not seed in its workers
    worker_seed = torch.initial_seed() % 2**32
    np.random.seed(worker_seed)
    random.seed(worker_seed)


class Noisy(Dataset):
    """Random augmentation, drawn inside the DataLoader's workers."""

    def __init__(self):
        self.x = torch.linspace(-1, 1, 32).reshape(16, 2)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        x = self.x[i] + 0.1 * torch.randn(2)
        return x, x.sum(0, keepdim=True)


def run(seed=None):
    generator = None
    if seed is not None:
        seed_everything(seed)
        generator = torch.Generator().manual_seed(seed)
    loader = DataLoader(
        Noisy(),
        batch_size=4,
        shuffle=True,
        num_workers=2,
        worker_init_fn=seed_worker,
        generator=generator,
    )
    model = nn.Sequential(nn.Linear(2, 8), nn.Dropout(0.2), nn.Linear(8, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for x, y in loader:  # one epoch, four batches
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(round(loss.item(), 4))
    return losses


if __name__ == "__main__":
    unseeded = run()
    first, second = run(seed=42), run(seed=42)
    print("seeded run 1:", first)
    print("seeded run 2:", second)
    print("identical:", first == second)
    print("unseeded run identical to them:", unseeded == first)
