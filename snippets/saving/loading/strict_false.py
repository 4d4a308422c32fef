import torch
from torch import nn

old = nn.Sequential()
old.add_module("backbone", nn.Linear(4, 8))
old.add_module("head", nn.Linear(8, 3))
old.add_module("aux", nn.Linear(8, 1))  # dropped in the new version
torch.save(old.state_dict(), "last.pth")

new = nn.Sequential()
new.add_module("backbone", nn.Linear(4, 8))
new.add_module("head", nn.Linear(8, 3))
new.add_module("norm", nn.LayerNorm(3))  # added in the new version
state = torch.load("last.pth")

try:
    new.load_state_dict(state)  # strict=True, the default
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

result = new.load_state_dict(state, strict=False)
print(result)
print("missing:   ", result.missing_keys)  # keep their initial values
print("unexpected:", result.unexpected_keys)  # ignored
print("head loaded:", torch.equal(new.head.weight, old.head.weight))

smaller = nn.Sequential()
smaller.add_module("backbone", nn.Linear(4, 8))
smaller.add_module("head", nn.Linear(8, 5))  # 5 classes instead of 3
try:
    # strict=False does not forgive a shape mismatch
    smaller.load_state_dict(state, strict=False)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
