# script: the pickled class must live in a real __main__, as in python file.py
import torch
from torch import nn


class Scaler:
    """A small class of your own, stored in the checkpoint."""

    def __init__(self, factor):
        self.factor = factor


weights = nn.Linear(2, 1).state_dict()
torch.save({"model": weights, "epoch": 3}, "plain.pt")
torch.save({"model": weights, "scaler": Scaler(0.5)}, "custom.pt")

# which classes and functions would loading import? nothing is loaded
for path in ("plain.pt", "custom.pt"):
    found = torch.serialization.get_unsafe_globals_in_checkpoint(path)
    print(f"{path}: {found}")

try:
    torch.load("custom.pt")  # weights_only=True
except Exception as err:
    line = next(s for s in str(err).splitlines() if "Unsupported" in s)
    line = line.strip()
    print(type(err).__name__, "|", line.split(" was not")[0])

# a class you wrote and trust: allow it by name, the check stays on
with torch.serialization.safe_globals([Scaler]):
    checkpoint = torch.load("custom.pt")
print(
    "loaded:", type(checkpoint["scaler"]).__name__, checkpoint["scaler"].factor
)
