import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.optim import lr_scheduler as sched

steps = 100


def make(name):
    optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
    if name == "StepLR":
        return sched.StepLR(optimizer, step_size=30, gamma=0.1)
    if name == "CosineAnnealingLR":
        return sched.CosineAnnealingLR(optimizer, T_max=steps, eta_min=1e-3)
    if name == "warmup + cosine":
        warmup = sched.LinearLR(optimizer, start_factor=0.01, total_iters=10)
        cosine = sched.CosineAnnealingLR(optimizer, T_max=steps - 10)
        return sched.SequentialLR(optimizer, [warmup, cosine], milestones=[10])
    return sched.OneCycleLR(optimizer, max_lr=0.1, total_steps=steps)


curves = {}
for name in ["StepLR", "CosineAnnealingLR", "warmup + cosine", "OneCycleLR"]:
    scheduler = make(name)
    lrs = []
    for _ in range(steps):
        lrs.append(scheduler.get_last_lr()[0])  # the lr this step uses
        scheduler.optimizer.step()
        scheduler.step()
    curves[name] = lrs
    shown = [f"{lrs[i]:.4f}" for i in (0, 5, 10, 30, 50, 99)]
    print(f"{name:17} steps 0,5,10,30,50,99:", " ".join(shown))

fig, ax = plt.subplots(figsize=(6, 3))
for name, lrs in curves.items():
    ax.plot(lrs, label=name)
ax.set_xlabel("step")
ax.set_ylabel("learning rate")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig("lr_curves.png", dpi=100)
