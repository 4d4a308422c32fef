import torch
from torch import nn
from torch.optim.lr_scheduler import LambdaLR

head, backbone = nn.Linear(8, 3), nn.Linear(8, 8)
UNFREEZE = 3  # the epoch at which the backbone joins


def decay(epoch):
    return 0.5**epoch


def run(how):
    backbone.requires_grad_(False)
    groups = [{"params": head.parameters(), "lr": 0.1}]
    if how in ("all groups", "lr 0"):  # the frozen group is there from start
        lr = 0.01 if how == "all groups" else 0.0
        groups.append({"params": backbone.parameters(), "lr": lr})
    optimizer = torch.optim.SGD(groups, momentum=0.9)
    scheduler = LambdaLR(optimizer, decay)
    lrs = []
    for epoch in range(5):
        if epoch == UNFREEZE:
            backbone.requires_grad_(True)
            if how == "lr 0":
                optimizer.param_groups[1]["lr"] = 0.01
            if how in ("re-created", "last_epoch"):
                new = {"params": backbone.parameters(), "lr": 0.01}
                optimizer.add_param_group(new)
            if how == "re-created":
                scheduler = LambdaLR(optimizer, decay)
            if how == "last_epoch":
                optimizer.param_groups[1]["initial_lr"] = 0.01
                scheduler = LambdaLR(optimizer, decay, last_epoch=epoch - 1)
        used = [g["lr"] for g in optimizer.param_groups]  # this epoch's lr
        lrs.append("/".join(f"{lr:g}" for lr in used))
        optimizer.zero_grad()
        head(backbone(torch.ones(1, 8))).sum().backward()
        optimizer.step()
        scheduler.step()
    print(f"{how:<11}", " ".join(lrs))


for how in ("re-created", "all groups", "last_epoch", "lr 0"):
    run(how)
