import matplotlib.pyplot as plt
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
losses, values = [], []
for step in range(3):
    loss = (w * step).sum()
    print(step, loss.detach().numpy())  # this tensor is fine
    losses.append(loss)  # but the list keeps the tensors, graph and all
    values.append(loss.item())  # a Python float

try:
    plt.plot(losses)
except RuntimeError as err:
    print("plt.plot(losses):", err)
plt.plot(values)
print("plt.plot(values):", values)
