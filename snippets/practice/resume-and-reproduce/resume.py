# cpu-only: prints losses that come from the CPU random generator
import random

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def build():
    """Model, optimizer, scheduler and loader, as a training script makes."""
    torch.manual_seed(0)
    np.random.seed(0)
    data = TensorDataset(torch.randn(32, 4), torch.randn(32, 1))
    loader = DataLoader(
        data, batch_size=8, shuffle=True, generator=torch.Generator()
    )
    loader.generator.manual_seed(1)
    model = nn.Sequential(
        nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 1)
    )
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 2, gamma=0.5)
    return model, optimizer, scheduler, loader


def train_epoch(model, optimizer, scheduler, loader):
    total = 0.0
    for x, y in loader:
        x = x + np.random.normal(0, 0.01)  # a NumPy augmentation
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item()
    scheduler.step()
    return round(total / len(loader), 5)


def rng_states(loader):
    np_state = np.random.get_state()
    states = {
        "torch": torch.get_rng_state(),
        "python": random.getstate(),
        # weights_only=True refuses NumPy arrays: keep the key as a tensor
        "numpy": (np_state[0], torch.from_numpy(np_state[1]), *np_state[2:]),
        "loader": loader.generator.get_state(),
    }
    if torch.cuda.is_available():
        states["cuda"] = torch.cuda.get_rng_state_all()
    return states


def set_rng_states(states, loader):
    torch.set_rng_state(states["torch"])
    random.setstate(states["python"])
    name, key, *rest = states["numpy"]
    np.random.set_state((name, key.numpy(), *rest))
    loader.generator.set_state(states["loader"])
    if "cuda" in states:
        torch.cuda.set_rng_state_all(states["cuda"])


# 1. six epochs in one go
model, optimizer, scheduler, loader = build()
straight = [train_epoch(model, optimizer, scheduler, loader) for _ in range(6)]
print("uninterrupted:", straight)

# 2. three epochs, then save everything
model, optimizer, scheduler, loader = build()
first = [train_epoch(model, optimizer, scheduler, loader) for _ in range(3)]
checkpoint = {
    "epoch": 3,
    "model": model.state_dict(),
    "optimizer": optimizer.state_dict(),
    "scheduler": scheduler.state_dict(),
    "rng": rng_states(loader),
}
torch.save(checkpoint, "checkpoint.pt")
print("saved:", list(checkpoint))


# 3. a fresh start: build everything again, then load the checkpoint
def resume(restore_rng):
    model, optimizer, scheduler, loader = build()
    checkpoint = torch.load("checkpoint.pt", weights_only=True)
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])
    scheduler.load_state_dict(checkpoint["scheduler"])
    if restore_rng:
        set_rng_states(checkpoint["rng"], loader)
    return [
        train_epoch(model, optimizer, scheduler, loader)
        for _ in range(checkpoint["epoch"], 6)
    ]


resumed = first + resume(restore_rng=True)
print("resumed:      ", resumed)
print("identical:", resumed == straight)
print("without the RNG states:", first + resume(restore_rng=False))
