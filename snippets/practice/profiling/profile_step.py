# numbers-vary: profiler timings
import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile, record_function

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Sequential(nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 10))
model = model.to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(64, 256, device=device)
y = torch.randint(0, 10, (64,), device=device)


def train_step():
    with record_function("forward"):
        loss = nn.functional.cross_entropy(model(x), y)
    with record_function("backward"):
        optimizer.zero_grad()
        loss.backward()
    with record_function("optimizer_step"):
        optimizer.step()


train_step()  # warm-up: first calls pay one-off costs
activities = [ProfilerActivity.CPU]
if device.type == "cuda":
    activities.append(ProfilerActivity.CUDA)
with profile(activities=activities) as prof:
    train_step()

events = {e.key: e for e in prof.key_averages()}
for name in (
    "forward",
    "aten::linear",
    "aten::addmm",
    "aten::relu",
    "aten::cross_entropy_loss",
    "backward",
    "autograd::engine::evaluate_function: AddmmBackward0",
    "optimizer_step",
    "Optimizer.step#SGD.step",
):
    e = events[name]
    print(f"{name:<52} calls {e.count}  {e.cpu_time_total / 1e3:.2f} ms")
