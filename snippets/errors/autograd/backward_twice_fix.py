import torch

w = torch.tensor([0.5], requires_grad=True)
h = torch.tensor([1.0])
for step in range(3):
    h = torch.tanh(w * h)
    loss = h.sum()
    loss.backward()
    print(f"step {step}: loss {loss.item():.4f}")
    h = h.detach()  # keep the value, drop the graph of this step
print("w.grad:", round(w.grad.item(), 4))
