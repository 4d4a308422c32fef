import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

val_losses = [0.90, 0.60, 0.45, 0.41, 0.43, 0.39, 0.385, 0.384]
val_losses += [0.3835, 0.383, 0.386, 0.39, 0.395, 0.40, 0.41]  # as above

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
scheduler = ReduceLROnPlateau(
    optimizer, patience=2, threshold=0.01, threshold_mode="abs"
)
for epoch, loss in enumerate(val_losses, start=1):
    before = scheduler.get_last_lr()[0]
    scheduler.step(loss)  # the scheduler needs the number it watches
    after = scheduler.get_last_lr()[0]
    if after != before:
        print(f"epoch {epoch:2}: val loss {loss}, lr {before:g} -> {after:g}")
