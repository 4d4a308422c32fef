import torch
from torch import nn
from torch.optim.lr_scheduler import ReduceLROnPlateau

val_acc = [0.5, 0.6, 0.7, 0.8, 0.8, 0.795, 0.797, 0.8, 0.79, 0.8]


def lr_per_epoch(mode, sign):
    optimizer = torch.optim.SGD(nn.Linear(1, 1).parameters(), lr=0.1)
    scheduler = ReduceLROnPlateau(
        optimizer, mode=mode, factor=0.5, patience=1, threshold=0.01
    )
    lrs = []
    for acc in val_acc:
        optimizer.step()
        scheduler.step(sign * acc)
        lrs.append(f"{scheduler.get_last_lr()[0]:g}")
    return " ".join(lrs)


print("mode='max', acc: ", lr_per_epoch("max", 1))
print("mode='min', -acc:", lr_per_epoch("min", -1))
print("mode='min', acc: ", lr_per_epoch("min", 1))
