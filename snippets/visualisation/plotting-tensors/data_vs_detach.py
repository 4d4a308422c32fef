import torch

# .data and .detach() both give a tensor without history that shares memory with the original.
# The difference shows when that tensor is changed in place before backward().
for how in ("data", "detach"):
    a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    out = a.sigmoid()  # sigmoid's backward needs its own output
    view = out.data if how == "data" else out.detach()
    view.zero_()  # e.g. a plotting helper that normalises its input in place
    try:
        out.sum().backward()
        print(
            f".{how}: no error, a.grad = {a.grad.tolist()}  (wrong: sigmoid's gradient is never 0)"
        )
    except RuntimeError as err:
        print(
            f".{how}: {type(err).__name__}, autograd noticed the in-place change"
        )
