# numbers-vary: timings depend on the machine
import time

import torch
from torch import nn


def ms_per_step(device, steps=200):
    """Train a tiny regression net, full batch: ms per step."""
    gen = torch.Generator(device="cpu").manual_seed(0)
    x = torch.linspace(-1, 1, 100, device="cpu").unsqueeze(1)
    y = x.pow(2) + 0.1 * torch.randn(x.shape, generator=gen, device="cpu")
    x, y = x.to(device), y.to(device)  # move the data once, not every step
    model = nn.Sequential(nn.Linear(1, 10), nn.ReLU(), nn.Linear(10, 1))
    model = model.to(device)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.MSELoss()

    def step():
        opt.zero_grad()
        loss_fn(model(x), y).backward()
        opt.step()

    for _ in range(10):  # warm-up: the first CUDA calls start CUDA
        step()
    if device.type == "cuda":
        torch.cuda.synchronize()  # let queued GPU work finish first
    start = time.perf_counter()
    for _ in range(steps):
        step()
    if device.type == "cuda":
        torch.cuda.synchronize()
    return (time.perf_counter() - start) * 1000 / steps


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
cpu_ms = ms_per_step(torch.device("cpu"))
device_ms = ms_per_step(device)
print(f"on the CPU:                       {cpu_ms:.3f} ms per step")
print(f"on `device` (the GPU if present): {device_ms:.3f} ms per step")
