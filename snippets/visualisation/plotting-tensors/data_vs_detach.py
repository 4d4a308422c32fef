import torch

# Both give a tensor without history that shares memory with the original.
for how in ("data", "detach"):
    a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    out = a.sigmoid()  # sigmoid's backward needs its own output
    view = out.data if how == "data" else out.detach()
    view.zero_()  # e.g. a plotting helper that normalises in place
    print(f".{how}: zero_() ran without complaint")
    try:
        out.sum().backward()
        print(f"  backward() ran too: a.grad = {a.grad.tolist()}")
    except RuntimeError as err:
        print(f"  backward() raised {type(err).__name__}:")
        print(f"  {str(err).split(':')[0]}")
