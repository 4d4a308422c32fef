import importlib
import os
import sys
from pathlib import Path

import torch

# The model class lives in a module: here models.py, written on the spot.
Path("models.py").write_text(
    "from torch import nn\n"
    "class Net(nn.Module):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "        self.fc = nn.Linear(4, 2)\n"
    "    def forward(self, x):\n"
    "        return self.fc(x)\n"
)
sys.path.insert(0, os.getcwd())
try:
    models = importlib.import_module("models")
    # pickles a reference to models.Net, plus the tensors
    torch.save(models.Net(), "whole.pt")

    model = torch.load("whole.pt", weights_only=False)  # trusted files only
    print("loaded:", type(model).__module__ + "." + type(model).__name__)

    # Later, models.py is renamed or the file goes to someone without it:
    del sys.modules["models"]
    Path("models.py").unlink()
    try:
        torch.load("whole.pt", weights_only=False)
    except ModuleNotFoundError as err:
        print(f"{type(err).__name__}: {err}")
finally:
    sys.path.remove(os.getcwd())
    sys.modules.pop("models", None)
