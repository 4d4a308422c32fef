import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(3, 1).to(device)
x = torch.tensor([[10.0, 20.0, 30.0]], device=device)


def backward():
    model.zero_grad()
    with torch.no_grad():  # fixed weights: the same gradients every run
        model.weight.fill_(1.0)
        model.bias.zero_()
    (model(x) ** 2).sum().backward()


def grads():
    return [
        round(v, 2)
        for p in model.parameters()
        for v in p.grad.flatten().tolist()
    ]


backward()
print("gradients:         ", grads())
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print("norm before (returned):", round(total.item(), 2))
after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print("norm after clipping:   ", round(after.item(), 4))
print("clipped by norm:   ", grads())

backward()
nn.utils.clip_grad_value_(model.parameters(), clip_value=50.0)
print("clipped by value:  ", grads())
