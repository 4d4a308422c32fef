import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(4, 3).to(device)
nn.init.constant_(model.weight, 1.0)  # large logits: 12 for every class
nn.init.zeros_(model.bias)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler(device.type)
x = torch.full((2, 4), 3.0, device=device)
y = torch.tensor([0, 1], device=device)


def loss_by_hand(logits):
    p = logits.exp() / logits.exp().sum(dim=1, keepdim=True)  # softmax
    return -p[[0, 1], y].log().mean()


for step in range(5):
    optimizer.zero_grad()
    logits = model(x).half()  # as a float16 forward pass would give them
    if step >= 3:  # the fix: compute the loss in float32
        logits = logits.float()
    loss = loss_by_hand(logits)
    weight = model.weight.clone()
    scaler.scale(loss).backward()
    scaler.step(optimizer)  # skipped when the gradients hold inf/NaN
    scaler.update()
    changed = not torch.equal(weight, model.weight)
    print(
        f"step {step}: {logits.dtype}, loss {loss.item():.3f}, "
        f"updated {changed}, scale {scaler.get_scale():.0f}"
    )
print("exp(12) in float16:", torch.tensor(12.0).half().exp().item())
