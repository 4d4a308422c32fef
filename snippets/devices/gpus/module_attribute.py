import torch
from torch import nn


class Darknet(nn.Module):
    def __init__(self):
        super().__init__()
        self.num_classes = 3
        self.head = nn.Linear(4, 3)

    def forward(self, x):
        return self.head(x)

    def load_weights(self, path):  # a method of your own
        print(f"  load_weights({path!r}) ran")


model = nn.DataParallel(Darknet())  # or DistributedDataParallel
try:
    model.load_weights("darknet53.conv.74")
except AttributeError as err:
    print(f"AttributeError: {err}")
for name in ("num_classes", "head"):  # attributes and submodules alike
    try:
        getattr(model, name)
    except AttributeError as err:
        print(f"AttributeError: {err}")

# the wrapper's own Module methods work; yours live on .module
print("model(x):", tuple(model(torch.ones(2, 4)).shape))
model.module.load_weights("darknet53.conv.74")
print("model.module.num_classes:", model.module.num_classes)

# code that runs with and without a wrapper
net = model.module if hasattr(model, "module") else model
print("unwrapped:", type(net).__name__, net.num_classes)
