import torch
from torch import nn
from torch.optim.lr_scheduler import ReduceLROnPlateau, StepLR


def step_scheduler(scheduler, val_loss):
    if isinstance(scheduler, ReduceLROnPlateau):
        scheduler.step(val_loss)  # needs the metric
    else:
        scheduler.step()


for make in (
    lambda opt: StepLR(opt, step_size=1, gamma=0.5),
    lambda opt: ReduceLROnPlateau(opt, factor=0.5, patience=0),
):
    optimizer = torch.optim.SGD(nn.Linear(4, 1).parameters(), lr=0.1)
    scheduler = make(optimizer)
    for val_loss in (1.0, 1.0, 1.0):
        optimizer.step()
        step_scheduler(scheduler, val_loss)
    print(f"{type(scheduler).__name__}: lr {scheduler.get_last_lr()[0]:g}")
