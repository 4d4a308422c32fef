# cpu-only: on CUDA the loss may word its dtype check differently
import pandas as pd
import torch
import torch.nn.functional as F

plan = pd.Categorical(["pro", "free", "basic", "free"])
target = torch.tensor(plan.codes)  # keeps NumPy's int8
logits = torch.zeros(4, 3)
print("target:", target.dtype)
try:
    F.cross_entropy(logits, target)
except RuntimeError as err:
    print("RuntimeError:", err)
print("with .long():", round(F.cross_entropy(logits, target.long()).item(), 4))
