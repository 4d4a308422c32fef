from torch import nn, optim

model = nn.Linear(4, 2)


def show(make_scheduler):
    opt = optim.SGD(
        [
            {"params": [model.weight], "lr": 0.1},
            {"params": [model.bias], "lr": 0.01},
        ]
    )
    scheduler = make_scheduler(opt)
    for epoch in range(11):
        if epoch % 5 == 0:
            lrs = [group["lr"] for group in opt.param_groups]
            rounded = [round(lr, 4) for lr in lrs]
            ratio = lrs[0] / lrs[1]
            print(f"  epoch {epoch:2}: lr {rounded}, ratio {ratio:.1f}")
        opt.step()
        scheduler.step()


print("StepLR, gamma=0.1: every group's lr is multiplied")
show(lambda opt: optim.lr_scheduler.StepLR(opt, step_size=5, gamma=0.1))
print("CosineAnnealingLR, eta_min=0.005: one absolute floor for all groups")
show(lambda opt: optim.lr_scheduler.CosineAnnealingLR(opt, 10, eta_min=0.005))
