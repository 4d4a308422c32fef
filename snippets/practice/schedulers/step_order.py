import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
x, y = torch.ones(8, 4), torch.zeros(8, 1)

for epoch in range(3):
    for _ in range(2):  # batches
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
    used = scheduler.get_last_lr()[0]
    scheduler.step()  # once per epoch, after the optimizer's steps
    print(
        f"epoch {epoch}: trained with lr {used}, "
        f"next lr {scheduler.get_last_lr()[0]}, "
        f"param_groups lr {optimizer.param_groups[0]['lr']}"
    )
