import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)


def describe(title, t):
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    print(
        f"{title:<16} requires_grad={t.requires_grad!s:<5}  "
        f"grad_fn={grad_fn!s:<12}  is_inference={t.is_inference()}"
    )


describe("normal:", w * 2)
with torch.no_grad():
    a = w * 2
describe("no_grad:", a)
with torch.inference_mode():
    b = w * 2
describe("inference_mode:", b)

# a no_grad result can later take part in autograd, as a constant
(a * w).sum().backward()
print("no_grad result used later: w.grad =", w.grad.tolist())

# an inference tensor cannot: autograd would need to save it for backward
try:
    (b * w).sum().backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
print(
    "the fix, a clone made outside inference_mode:",
    (b.clone() * w).requires_grad,
)
