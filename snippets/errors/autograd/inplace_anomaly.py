# cpu-only: the message names the tensor type, torch.cuda.FloatTensor on a GPU
import warnings

import torch

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        y = torch.sigmoid(x)
        y[0] = 0.0
        try:
            y.sum().backward()
        except RuntimeError as err:
            error = err

# Print what the terminal shows: the warnings, then the error. Of the
# forward traceback, keep the frames from this file on (as train.py).
for w in caught:
    lines = str(w.message).split(" (Triggered internally")[0].splitlines()
    start = next((i for i, s in enumerate(lines) if __file__ in s), 1)
    print(f"{w.category.__name__}: {lines[0]}")
    for line in lines[start:]:
        print(line.replace(__file__, "train.py"))
print(f"RuntimeError: {error}")
