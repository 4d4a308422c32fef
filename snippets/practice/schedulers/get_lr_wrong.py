# warns UserWarning
import torch
from torch import nn

optimizer = torch.optim.SGD(nn.Linear(4, 1).parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
optimizer.step()
scheduler.step()
print("get_last_lr():", scheduler.get_last_lr())
print("get_lr():     ", scheduler.get_lr())
