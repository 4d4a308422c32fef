from torch import nn, optim


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3)
        self.conv2 = nn.Conv2d(8, 8, 3)
        self.conv3 = nn.Conv2d(8, 8, 3)
        self.conv4 = nn.Conv2d(8, 8, 3)
        self.conv5 = nn.Conv2d(8, 8, 3)
        self.fc = nn.Linear(8, 10)


net = Net()
lr = 1e-3
# parameter names start with the attribute name of their layer
fast = ("conv4.", "conv5.")

fast_params, base_params = [], []
for name, param in net.named_parameters():
    (fast_params if name.startswith(fast) else base_params).append(param)

optimizer = optim.SGD(
    [
        {"params": base_params},
        {"params": fast_params, "lr": lr * 100},
    ],
    lr=lr,
    momentum=0.9,
)
print("fast:", [n for n, _ in net.named_parameters() if n.startswith(fast)])
for i, group in enumerate(optimizer.param_groups):
    print(f"group {i}: lr={group['lr']:g}, tensors={len(group['params'])}")
counted = sum(len(g["params"]) for g in optimizer.param_groups)
print(
    "every parameter in exactly one group:",
    counted == len(list(net.parameters())),
)

# Layers that are attributes can be named directly; a set keeps what is taken.
taken = set(net.conv4.parameters()) | set(net.conv5.parameters())
groups = [
    {"params": [p for p in net.parameters() if p not in taken]},
    {
        "params": [*net.conv4.parameters(), *net.conv5.parameters()],
        "lr": lr * 100,
    },
]
print(
    "same split:",
    [len(g["params"]) for g in groups]
    == [len(g["params"]) for g in optimizer.param_groups],
)

# Forgetting to leave the fast layers out of the base group is caught:
try:
    optim.SGD(
        [
            {"params": net.parameters()},
            {"params": net.conv5.parameters(), "lr": lr * 100},
        ],
        lr=lr,
    )
except ValueError as err:
    print(type(err).__name__ + ":", err)
