# warns UserWarning
import torch

x = torch.arange(6.0).view(2, 3)
s = x.storage()  # the old typed storage; current code uses x.untyped_storage()
print(type(s).__name__, "with", len(s), "elements")
