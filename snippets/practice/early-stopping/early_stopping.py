# cpu-only: the losses come from the CPU random generator
import copy

import torch
from torch import nn


class EarlyStopping:
    """Stop once the validation loss has not improved for `patience`
    epochs; an improvement must be larger than `min_delta`."""

    def __init__(self, patience=5, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_loss = float("inf")
        self.best_epoch = 0
        self.best_state = None
        self.bad_epochs = 0

    def step(self, val_loss, model, epoch):
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss, self.best_epoch = val_loss, epoch
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad_epochs = 0
        else:
            self.bad_epochs += 1
        return self.bad_epochs >= self.patience  # True: stop now


def make_data(n):  # y = sin(2x) plus noise
    x = torch.rand(n, 1) * 4 - 2
    return x, torch.sin(2 * x) + 0.3 * torch.randn(n, 1)


torch.manual_seed(0)
x_train, y_train = make_data(24)  # few noisy points: easy to overfit
x_val, y_val = make_data(200)
model = nn.Sequential(
    nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 1)
)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.MSELoss()


def val_loss():
    model.eval()
    with torch.no_grad():
        return loss_fn(model(x_val), y_val).item()


stopper = EarlyStopping(patience=5, min_delta=1e-3)
for epoch in range(1, 101):
    model.train()
    for _ in range(10):  # one "epoch": 10 full-batch steps
        optimizer.zero_grad()
        loss = loss_fn(model(x_train), y_train)
        loss.backward()
        optimizer.step()
    val = val_loss()
    stop = stopper.step(val, model, epoch)
    bad, patience = stopper.bad_epochs, stopper.patience
    mark = "best" if bad == 0 else f"{bad}/{patience}"
    print(f"epoch {epoch:2}  train {loss.item():.4f}  val {val:.4f}  {mark}")
    if stop:
        break

print(f"stopped at epoch {epoch}, val loss {val_loss():.4f}")
print(f"best epoch {stopper.best_epoch}, val loss {stopper.best_loss:.4f}")
model.load_state_dict(stopper.best_state)
print(f"best weights restored, val loss {val_loss():.4f}")
