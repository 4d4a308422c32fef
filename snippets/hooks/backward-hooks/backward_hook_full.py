import warnings

import torch
from torch import nn
from torchvision.models import alexnet

model = alexnet(weights=None)  # random weights: nothing is downloaded
conv1 = model.features[0]


def shapes(grads):
    return [None if g is None else tuple(g.shape) for g in grads]


def show_grads(module, grad_input, grad_output):
    print("  grad_input: ", shapes(grad_input))
    print("  grad_output:", shapes(grad_output))


handle = conv1.register_full_backward_hook(show_grads)
try:  # AlexNet's ReLU(inplace=True) overwrites the tensor the hook watches
    model(torch.zeros(1, 3, 224, 224))
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split('. ')[0]}.")

for layer in model.modules():
    if isinstance(layer, nn.ReLU):
        layer.inplace = False

print("image without requires_grad:")
image = torch.zeros(1, 3, 224, 224)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model(image).sum().backward()  # the same as backward(torch.ones(1, 1000))
for w in caught:
    print(f"  {w.category.__name__}: {str(w.message).split('. ')[0]}.")

print("image.requires_grad_():")
image = torch.zeros(1, 3, 224, 224).requires_grad_()
model(image).sum().backward()
handle.remove()

# The weight and bias gradients are not in grad_input: they are in .grad
print(
    "conv1.weight.grad:",
    tuple(conv1.weight.grad.shape),
    "| conv1.bias.grad:",
    tuple(conv1.bias.grad.shape),
)
