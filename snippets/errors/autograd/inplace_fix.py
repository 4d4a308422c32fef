import torch

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = torch.sigmoid(x).clone()  # write into a copy: sigmoid's output stays
y[0] = 0.0
y.sum().backward()
print("x.grad:", [round(g, 4) for g in x.grad.tolist()])

x.grad = None
z = torch.sigmoid(x) * torch.tensor([0.0, 1.0, 1.0])  # or: out of place
z.sum().backward()
print("x.grad:", [round(g, 4) for g in x.grad.tolist()])
