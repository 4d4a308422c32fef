import torch
from torch import nn

# The machine that trained: a GPU if it had one
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(0)
model = nn.Linear(4, 2).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(8, 4, device=device)).sum().backward()
optimizer.step()
checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict()}
torch.save(checkpoint, "checkpoint.pth")

# The machine that resumes, with or without a GPU: the same code
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
checkpoint = torch.load("checkpoint.pth", map_location="cpu")
saved = checkpoint["optimizer"]["state"][0]["exp_avg"]
print("exp_avg in the loaded checkpoint is on:", saved.device.type)

model = nn.Linear(4, 2).to(device)  # 1. the model on its device
model.load_state_dict(checkpoint["model"])  # values copied onto it
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)  # 2.
optimizer.load_state_dict(checkpoint["optimizer"])  # 3. state follows

state = optimizer.state[model.weight]
for key in ["exp_avg", "exp_avg_sq"]:
    same = state[key].device == model.weight.device
    print(f"{key} on the parameter's device: {same}")
print("exp_avg restored:", torch.equal(state["exp_avg"].cpu(), saved))

model(torch.randn(8, 4, device=device)).sum().backward()
optimizer.step()  # training goes on where it stopped
print("steps taken:", int(optimizer.state[model.weight]["step"]))
