import torch
from tensorboard.backend.event_processing.event_accumulator import (
    EventAccumulator,
)
from torch import nn
from torch.utils.tensorboard import SummaryWriter  # needs tensorboard

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
gen = torch.Generator().manual_seed(0)
x = torch.linspace(-1, 1, 64, device="cpu").unsqueeze(1)
y = 3 * x + 2 + 0.1 * torch.randn(x.shape, generator=gen, device="cpu")
x, y = x.to(device), y.to(device)

model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.zero_()
    model.bias.zero_()
model.to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()

log_dir = "runs/linear"  # relative: TensorBoard reads every run below "runs"
with SummaryWriter(log_dir=log_dir) as writer:  # closes the file at the end
    for step in range(1, 31):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        writer.add_scalar("loss/train", loss.item(), global_step=step)
        if step % 10 == 0:
            writer.add_histogram(
                "predictions", model(x).detach(), global_step=step
            )
            writer.add_histogram(
                "weight_grad", model.weight.grad, global_step=step
            )

# Read the event file back, the way TensorBoard itself does.
events = EventAccumulator(  # size 0: keep every event
    log_dir, size_guidance={"scalars": 0, "histograms": 0}
)
events.Reload()
tags = events.Tags()
print("scalars:", tags["scalars"])
print("histograms:", tags["histograms"])

scalars = events.Scalars("loss/train")
print("loss/train:", len(scalars), "points")
for event in scalars[::10] + scalars[-1:]:
    print(f"  step {event.step:2d}  value {event.value:.4f}")

for event in events.Histograms("predictions"):
    h = event.histogram_value
    print(
        f"predictions @ step {event.step}: count {h.num:.0f},",
        f"min {h.min:.2f}, max {h.max:.2f}",
    )
