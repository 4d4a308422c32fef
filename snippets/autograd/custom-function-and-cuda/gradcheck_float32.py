import warnings

import torch

x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0], requires_grad=True)  # float32
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ok = torch.autograd.gradcheck(
        torch.nn.functional.silu, (x,), raise_exception=False
    )
print("PyTorch's own silu, checked in float32:", ok)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")

ok = torch.autograd.gradcheck(
    torch.nn.functional.silu, (x.detach().double().requires_grad_(),)
)
print("the same check in float64:", ok)
