# cpu-only: the losses come from the CPU random generator
import torch
from torch import nn


def make_data(n):  # the same data and model as above
    x = torch.rand(n, 1) * 4 - 2
    return x, torch.sin(2 * x) + 0.3 * torch.randn(n, 1)


torch.manual_seed(0)
x_train, y_train = make_data(24)
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


best_loss, bad_epochs, patience, saved_at = float("inf"), 0, 5, []
for epoch in range(1, 101):
    model.train()
    for _ in range(10):
        optimizer.zero_grad()
        loss_fn(model(x_train), y_train).backward()
        optimizer.step()
    val = val_loss()
    if val < best_loss - 1e-3:
        best_loss, bad_epochs = val, 0
        checkpoint = {
            "epoch": epoch,
            "val_loss": val,
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
        }
        torch.save(checkpoint, "best.pt")  # writes the values of now
        saved_at.append(epoch)
    else:
        bad_epochs += 1
        if bad_epochs >= patience:
            break

print("best.pt written at epochs", saved_at)
print(f"stopped at epoch {epoch}, val loss {val_loss():.4f}")
checkpoint = torch.load("best.pt", weights_only=True)
model.load_state_dict(checkpoint["model"])
print(
    f"best.pt: epoch {checkpoint['epoch']}, "
    f"val loss {checkpoint['val_loss']:.4f}"
)
print(f"weights loaded from best.pt, val loss {val_loss():.4f}")
