# raises RuntimeError
import torch

w = torch.tensor([0.5], requires_grad=True)
h = torch.tensor([1.0])  # a state carried from step to step, as in an RNN
for step in range(3):
    h = torch.tanh(w * h)  # builds on the graph of every earlier step
    loss = h.sum()
    loss.backward()
    print(f"step {step}: loss {loss.item():.4f}")
