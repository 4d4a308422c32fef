# numbers-vary: free shared memory depends on the machine
import shutil

import torch
from torch.utils.data import DataLoader, TensorDataset

images = TensorDataset(torch.zeros(64, 3, 32, 32))
for workers in (0, 2):
    loader = DataLoader(images, batch_size=16, num_workers=workers)
    (batch,) = next(iter(loader))
    print(f"num_workers={workers}: batch in shared memory:", batch.is_shared())

# A batch of 64 images of 3x224x224 in float32, in MiB
batch_mib = 64 * 3 * 224 * 224 * 4 / 2**20
workers, prefetch = 8, 2  # prefetch_factor is 2 by default
print(f"one batch: {batch_mib:.1f} MiB")
print(
    f"{workers} workers x {prefetch} batches: "
    f"{workers * prefetch * batch_mib:.0f} MiB"
)
print(f"/dev/shm free: {shutil.disk_usage('/dev/shm').free / 2**20:.0f} MiB")
