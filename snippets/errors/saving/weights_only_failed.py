import pickle
import re

import numpy as np
import torch
from torch import nn

model = nn.Linear(4, 2)
best_acc = np.mean([0.5, 1.0])  # a NumPy float64, not a Python float
torch.save({"model": model.state_dict(), "best_acc": best_acc}, "ckpt.pth")

try:
    torch.load("ckpt.pth")
except pickle.UnpicklingError as err:
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(err))  # drop bold-text codes
    print(f"{type(err).__name__}: {text}")
