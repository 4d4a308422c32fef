import re

import torch
from torch import nn


def first_lines(err):
    """The error's key lines, without the terminal's bold-text codes."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(err))
    return [line.strip() for line in text.splitlines() if line.strip()]


model = nn.Sequential(nn.Linear(4, 2))
torch.save(model.state_dict(), "weights.pt")
torch.save(model, "whole.pt")

print("state_dict:", list(torch.load("weights.pt")))  # tensors: allowed
try:
    torch.load("whole.pt")  # weights_only=True, the default since 2.6
except Exception as err:
    print(f"whole model: {type(err).__name__}")
    for line in first_lines(err):
        print("   ", line)

# A file you trust: allow the classes it needs, keep the check on
with torch.serialization.safe_globals([nn.Sequential, nn.Linear]):
    print("with safe_globals:", type(torch.load("whole.pt")).__name__)


class Payload:
    """A stranger's file: unpickling calls whatever __reduce__ names."""

    def __reduce__(self):
        # could be os.system(...)
        return (print, ("!!! this line ran inside torch.load !!!",))


torch.save({"fc.weight": torch.zeros(2, 4), "extra": Payload()}, "stranger.pt")
try:
    torch.load("stranger.pt")
except Exception as err:
    print(
        "stranger, weights_only=True:",
        type(err).__name__,
        "|",
        first_lines(err)[3],
    )
print("stranger, weights_only=False:")
torch.load("stranger.pt", weights_only=False)
