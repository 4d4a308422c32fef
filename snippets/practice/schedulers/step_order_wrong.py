# warns UserWarning
import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
x, y = torch.ones(8, 4), torch.zeros(8, 1)

for epoch in range(3):
    scheduler.step()  # wrong place: before optimizer.step()
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    print(f"epoch {epoch}: trained with lr {scheduler.get_last_lr()[0]}")
