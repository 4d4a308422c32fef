import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
probs = torch.tensor([[0.0, 1.0], [0.5, 0.5]], device=device)
target = torch.tensor([[0.0, 1.0], [1.0, 0.0]], device=device)

# a hand-written cross-entropy: 0 * log(0) = 0 * -inf = nan
loss = -(target * probs.log()).sum(dim=1).mean()
print("loss:", loss.item())
print("loss == nan:", (loss == float("nan")).item())
print("torch.isnan(loss):", torch.isnan(loss).item())
print("torch.isfinite(loss):", torch.isfinite(loss).item())

# in a training loop: skip the step (or stop) when the loss is not finite
model = nn.Linear(2, 2).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [[1.0, 2.0], [1.0, float("nan")], [2.0, 1.0]]  # one is corrupt
for step, batch in enumerate(batches):
    optimizer.zero_grad()
    loss = model(torch.tensor([batch], device=device)).pow(2).mean()
    if not torch.isfinite(loss):
        print(f"step {step}: loss is {loss.item()}, step skipped")
        continue
    loss.backward()
    grads_ok = all(torch.isfinite(p.grad).all() for p in model.parameters())
    optimizer.step()
    print(f"step {step}: finite loss, finite gradients: {grads_ok}")
