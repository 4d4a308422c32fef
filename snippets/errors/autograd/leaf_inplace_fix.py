import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
with torch.no_grad():  # the update itself is not part of the model
    w -= 0.1 * w.grad
w.grad = None  # as optimizer.zero_grad() does
print("w:", [round(v, 4) for v in w.tolist()], "| is_leaf:", w.is_leaf)
