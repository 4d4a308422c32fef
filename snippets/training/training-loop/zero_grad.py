import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])

for call in range(1, 4):
    (w * x).sum().backward()  # d/dw of sum(w * x) is x = [3, 4]
    print(f"after backward #{call}: w.grad = {w.grad.tolist()}")

w.grad = None  # what optimizer.zero_grad() does, by default
(w * x).sum().backward()
print("after clearing + backward:", w.grad.tolist())
