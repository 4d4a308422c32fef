import copy

import torch


def copy_into(src):
    buf = torch.zeros(2)
    buf.copy_(src)  # writes into buf's own memory
    return buf


ways = {
    "h.clone()": lambda src: src.clone(),
    "h.detach()": lambda src: src.detach(),
    "h.detach().clone()": lambda src: src.detach().clone(),
    "buf.copy_(h)": copy_into,
    "copy.deepcopy(w)": copy.deepcopy,
}
print(
    "way                 same_ptr sees_edit requires_grad",
    "grad_fn        grad_to_w",
)
for name, make in ways.items():
    w = torch.tensor([1.0, 2.0], requires_grad=True)  # a leaf
    h = w * 3  # an intermediate result
    src = w if name.endswith("(w)") else h
    y = make(src)
    same_ptr = y.data_ptr() == src.data_ptr()
    grad_fn = type(y.grad_fn).__name__ if y.grad_fn else None
    if y.requires_grad:
        y.sum().backward()
    with torch.no_grad():
        src.add_(100)  # edit the source in place
    sees_edit = y[0].item() > 50
    print(
        f"{name:19} {same_ptr!s:8} {sees_edit!s:9} {y.requires_grad!s:13}",
        f"{grad_fn!s:14}",
        w.grad is not None,
    )

w = torch.tensor([1.0, 2.0], requires_grad=True)
copy_w = copy.deepcopy(w)
(copy_w * 2).sum().backward()
print("deepcopy(w): a new leaf with its own .grad:", copy_w.grad.tolist())
try:
    copy.deepcopy(w * 3)
except RuntimeError as err:
    print("deepcopy(w * 3) -> RuntimeError:", err)
