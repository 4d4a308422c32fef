import textwrap
import warnings

import torch

A = torch.ones(2, requires_grad=True)
B = A * 2  # no retain_grad() this time
C = B.norm()
C.backward()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("B.grad:", B.grad)
print("A.grad:", A.grad)

for w in caught:
    message = str(w.message).split(" (Triggered internally")[0]
    print(f"{w.category.__name__}:")
    print(
        textwrap.fill(
            message, width=76, initial_indent="  ", subsequent_indent="  "
        )
    )
