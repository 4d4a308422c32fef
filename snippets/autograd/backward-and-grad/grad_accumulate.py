import torch
from torch import nn

model = nn.Linear(2, 1)
with torch.no_grad():  # fixed weights, so the numbers can be checked by hand
    model.weight.copy_(torch.tensor([[1.0, -1.0]]))
    model.bias.fill_(0.0)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.tensor([[1.0, 2.0]])

print("before any backward:", model.weight.grad)
for step in (1, 2):
    loss = model(x).sum()  # d loss / d weight = x = [1, 2]
    loss.backward()
    print(f"after backward #{step}:", model.weight.grad.tolist())

optimizer.zero_grad()  # set_to_none=True is the default
print("after zero_grad():", model.weight.grad)

model(x).sum().backward()
optimizer.zero_grad(set_to_none=False)
print("after zero_grad(set_to_none=False):", model.weight.grad.tolist())
