import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(4, 1).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.ones(2, 4, device=device)


def scaled_backward():
    optimizer.zero_grad()
    scaler = torch.amp.GradScaler(device.type)
    scaler.scale(model(x).sum()).backward()
    return scaler


scaled_backward()
wrong = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)

scaler = scaled_backward()
scaler.unscale_(optimizer)
right = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)

print("scale:", scaler.get_scale())
print("norm without unscale_:", round(wrong.item(), 1))
print("norm after unscale_:  ", round(right.item(), 4))
print("ratio:", round((wrong / right).item()))
