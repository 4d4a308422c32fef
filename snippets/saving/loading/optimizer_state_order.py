# cpu-only: on CUDA, Adam's foreach path words the failing step differently
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(8, 4)).sum().backward()
optimizer.step()
torch.save(
    {"model": model.state_dict(), "optimizer": optimizer.state_dict()},
    "checkpoint.pth",
)

# .to(torch.float64) stands in for .to("cuda"): the same in-place move
print("wrong order: load the state, then move the model")
checkpoint = torch.load("checkpoint.pth", map_location="cpu")
model = nn.Linear(4, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
model.to(torch.float64)
held = optimizer.param_groups[0]["params"][0]
print("  optimizer still holds model.weight:", held is model.weight)
exp_avg = optimizer.state[model.weight]["exp_avg"]
print("  exp_avg moved with it:", exp_avg.dtype == model.weight.dtype)
model(torch.randn(8, 4, dtype=torch.float64)).sum().backward()
try:
    optimizer.step()
except RuntimeError as err:
    print(f"  step() -> {type(err).__name__}: {err}")

print("right order: move the model, then load the state")
checkpoint = torch.load("checkpoint.pth", map_location="cpu")
model = nn.Linear(4, 2).to(torch.float64)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
exp_avg = optimizer.state[model.weight]["exp_avg"]
print("  exp_avg follows the parameter:", exp_avg.dtype == model.weight.dtype)
model(torch.randn(8, 4, dtype=torch.float64)).sum().backward()
optimizer.step()
print("  step() ran, steps taken:", int(optimizer.state[model.weight]["step"]))
