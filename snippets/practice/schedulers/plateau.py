import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(
    optimizer, mode="min", factor=0.5, patience=2, threshold=0.01, min_lr=0.02
)
x, y = torch.ones(8, 4), torch.zeros(8, 1)
# validation losses, fixed here so that the output is reproducible
val_losses = [1.0, 0.8, 0.7, 0.7, 0.698, 0.71, 0.65]
val_losses += [0.66] * 7

for epoch, val_loss in enumerate(val_losses):
    optimizer.zero_grad()  # one training step stands for a whole epoch
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    scheduler.step(val_loss)  # after validation, with the metric
    print(
        f"epoch {epoch:2}  val_loss {val_loss:.3f}  "
        f"bad epochs {scheduler.num_bad_epochs}  "
        f"next lr {scheduler.get_last_lr()[0]:g}"
    )
