import torch
from torch import nn
from torch.optim import lr_scheduler

head, backbone = nn.Linear(8, 3), nn.Linear(8, 8)
makers = {
    "StepLR": lambda opt: lr_scheduler.StepLR(opt, step_size=1, gamma=0.5),
    "LambdaLR": lambda opt: lr_scheduler.LambdaLR(opt, lambda e: 0.5**e),
    "OneCycleLR": lambda opt: lr_scheduler.OneCycleLR(opt, 0.1, 10),
}
for name, make in makers.items():
    optimizer = torch.optim.SGD(head.parameters(), lr=0.1, momentum=0.9)
    scheduler = make(optimizer)  # created while there is one group
    optimizer.add_param_group({"params": backbone.parameters(), "lr": 0.01})
    optimizer.step()
    try:
        scheduler.step()
        print(f"{name}: lrs {scheduler.get_last_lr()}")
    except (ValueError, KeyError) as err:
        print(f"{name}: {type(err).__name__}: {err}")
