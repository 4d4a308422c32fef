import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * 3  # an intermediate result

# detach(): a NEW tensor, same storage, cut off from the graph
h_const = h.detach()
print(
    "h.requires_grad:",
    h.requires_grad,
    "| h_const.requires_grad:",
    h_const.requires_grad,
    "| h_const.grad_fn:",
    h_const.grad_fn,
)
print("same storage:", h_const.data_ptr() == h.data_ptr())

# requires_grad_(False): flips THIS tensor's flag; only on leaves
try:
    h.requires_grad_(False)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

w.requires_grad_(False)
print("w.requires_grad after requires_grad_(False):", w.requires_grad)
print("new results from w track nothing:", (w * 3).requires_grad)
