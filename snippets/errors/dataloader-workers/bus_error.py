# raises RuntimeError
# numbers-vary: worker pids
import os
import signal
import time

import torch
from torch.utils.data import DataLoader, Dataset


class Crashing(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        if index == 0:
            time.sleep(1)  # a moment into the epoch, while the loader waits
            # what a worker gets when /dev/shm is full
            os.kill(os.getpid(), signal.SIGBUS)
        return torch.tensor([index])


loader = DataLoader(Crashing(), batch_size=2, num_workers=2)
try:
    for batch in loader:
        print(batch.tolist())
except RuntimeError as e:
    print(f"RuntimeError: {e.__cause__}")  # shown first, in the traceback
    raise
