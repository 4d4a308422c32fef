import random

import numpy as np
import torch

states = {
    "torch": torch.get_rng_state(),  # a uint8 tensor
    "generator": torch.Generator().get_state(),  # a uint8 tensor
    "python": random.getstate(),  # a tuple of ints
    "numpy": np.random.get_state(),  # holds a NumPy array
}
for name, state in states.items():
    torch.save(state, "state.pt")
    try:
        torch.load("state.pt", weights_only=True)
        print(f"{name:9}: loads with weights_only=True")
    except Exception as err:  # pickle.UnpicklingError
        reason = next(
            line.strip() for line in str(err).splitlines() if "GLOBAL" in line
        )
        print(f"{name:9}: {type(err).__name__}")
        print("  ", reason.split(". ")[0])
