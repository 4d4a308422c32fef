import torch
from torch import nn
from torchvision.models import resnet18

model = resnet18(weights=None)
model.requires_grad_(False)
model.fc = nn.Linear(512, 3)
optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.1, momentum=0.9)

# some epochs later: train layer4 too, with a smaller learning rate
model.layer4.requires_grad_(True)
optimizer.add_param_group({"params": model.layer4.parameters(), "lr": 0.01})
for i, group in enumerate(optimizer.param_groups):
    print(
        f"group {i}: lr={group['lr']}, momentum={group['momentum']}, "
        f"tensors={len(group['params'])}"
    )

# a parameter may sit in one group only
try:
    optimizer.add_param_group({"params": model.fc.parameters()})
except ValueError as err:
    print("ValueError:", err)
