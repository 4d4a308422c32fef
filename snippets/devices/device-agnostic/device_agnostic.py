import torch
from torch import nn

# Pick the device once, at the top; everything below follows it.
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

gpu1 = torch.device("cuda:1")  # just a name: creating it needs no GPU
print(
    "torch.device('cuda:1'):",
    gpu1,
    "| type:",
    gpu1.type,
    "| index:",
    gpu1.index,
)

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
model.to(device)  # a Module moves in place
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = x.to(device)  # a tensor: keep the returned copy

weights_on = next(model.parameters()).device
print("model and data on the same device:", weights_on == x.device)
y = model(x)
print(
    "output:",
    tuple(y.shape),
    "| on the same device again:",
    y.device == x.device,
)
