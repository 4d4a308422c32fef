import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Linear(4, 4)
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        return self.head(self.backbone(x).relu())


torch.save(Net().state_dict(), "single_gpu.pth")  # a plain checkpoint
state = torch.load("single_gpu.pth")
print("keys in the file:", list(state))

model = nn.DataParallel(Net())  # wrapped before loading (DDP: the same)
print("keys the wrapper expects:", list(model.state_dict()))
try:
    model.load_state_dict(state)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

# fix 1: load into the model inside the wrapper
print("model.module:", model.module.load_state_dict(state))

# fix 2: load first, then wrap
net = Net()
print("before wrapping:", net.load_state_dict(state))
model = nn.DataParallel(net)
same = torch.equal(model.module.head.weight, state["head.weight"])
print("wrapped model holds the loaded weights:", same)
