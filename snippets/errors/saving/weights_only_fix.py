import numpy as np
import torch
from torch import nn

model = nn.Linear(4, 2)
best_acc = np.mean([0.5, 1.0])

# 1. Best: save plain Python numbers, tensors and containers
torch.save({"model": model.state_dict(), "best_acc": float(best_acc)}, "a.pth")
print("plain float:", torch.load("a.pth")["best_acc"])

# 2. An existing file: allow exactly the globals the errors name
torch.save({"model": model.state_dict(), "best_acc": best_acc}, "b.pth")
numpy_float = [np._core.multiarray.scalar, np.dtype, np.dtypes.Float64DType]
with torch.serialization.safe_globals(numpy_float):
    print("allow-listed:", torch.load("b.pth")["best_acc"])

# 3. Only for a file you made yourself: turn the check off
print("trusted file:", torch.load("b.pth", weights_only=False)["best_acc"])
