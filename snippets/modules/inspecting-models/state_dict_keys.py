import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 4, kernel_size=3),
    nn.BatchNorm2d(4),
    nn.ReLU(),  # no parameters, no buffers: no keys, but it keeps its index 2
    nn.Flatten(),
    nn.Linear(4 * 6 * 6, 2),
)
sd = model.state_dict()
for key, value in sd.items():
    print(f"{key:26} {tuple(value.shape)}")

w = sd["0.weight"]
print(
    "same tensor as model[0].weight:",
    w.data_ptr() == model[0].weight.data_ptr(),
    "| requires_grad:",
    w.requires_grad,
)

snapshot = {k: v.clone() for k, v in sd.items()}  # a real copy
with torch.no_grad():
    model[0].weight.fill_(0.5)  # e.g. a training step changes the weights
print(
    "state_dict value follows the model:",
    w[0, 0, 0, 0].item(),
    "| the clone kept the old value:",
    snapshot["0.weight"][0, 0, 0, 0].item() != 0.5,
)
