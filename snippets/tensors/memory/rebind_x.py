import weakref

import torch
from torch import nn

layers = nn.ModuleList()
for _ in range(3):
    layers.extend([nn.Linear(256, 256), nn.ReLU()])
outputs = []  # a weak reference to each layer's output
at_last_layer = []


def alive_kib():
    """KiB of layer outputs that something still keeps alive."""
    return sum(r().nbytes for r in outputs if r() is not None) // 1024


def remember(module, args, output):
    outputs.append(weakref.ref(output))


for layer in layers:
    layer.register_forward_hook(remember)
# runs when the last layer has produced its output: the peak of forward
layers[-1].register_forward_hook(
    lambda module, args, output: at_last_layer.append(alive_kib())
)


def rebind(x):
    for layer in layers:
        x = layer(x)
    return x


def distinct(x):
    h1 = layers[0](x)
    h2 = layers[1](h1)
    h3 = layers[2](h2)
    h4 = layers[3](h3)
    h5 = layers[4](h4)
    h6 = layers[5](h5)
    return h6


x = torch.ones(256, 256)  # each layer output: 256 KiB
print("mode            forward    at the last layer  after forward")
for mode in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    for forward in (rebind, distinct):
        outputs.clear()
        at_last_layer.clear()
        with mode():
            y = forward(x)
        print(
            f"{mode.__name__:15} {forward.__name__:9}",
            f"{at_last_layer[0]:10d} KiB {alive_kib():10d} KiB",
        )
        del y
