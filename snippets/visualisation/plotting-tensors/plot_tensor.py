import matplotlib.pyplot as plt
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# A line fitted by gradient descent: w and b require gradients, so pred does.
x = torch.linspace(-1, 1, 50).to(device)
y = 2 * x + 0.5 + 0.3 * torch.sin(6 * x)  # fixed "noise": a repeatable figure
w = torch.zeros(1, device=device, requires_grad=True)
b = torch.zeros(1, device=device, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1)
for _ in range(100):
    opt.zero_grad()
    ((w * x + b - y) ** 2).mean().backward()
    opt.step()

pred = w * x + b
print(
    "pred:",
    tuple(pred.shape),
    pred.dtype,
    "| requires_grad:",
    pred.requires_grad,
)

x_np = x.cpu().numpy()  # x never required gradients: .cpu() is enough
y_np = y.cpu().numpy()
pred_np = pred.detach().cpu().numpy()  # leave the graph, go to the CPU
print("for matplotlib:", type(pred_np).__name__, pred_np.shape, pred_np.dtype)
print(f"w = {w.item():.2f}, b = {b.item():.2f}")

fig, ax = plt.subplots(figsize=(5, 3))
ax.scatter(x_np, y_np, s=10, label="data")
ax.plot(x_np, pred_np, color="C1", label="w * x + b")
ax.legend()
fig.tight_layout()
fig.savefig("plot_tensor.png", dpi=80)
