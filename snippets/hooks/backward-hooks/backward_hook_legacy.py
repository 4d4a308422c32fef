# warns FutureWarning
import torch
from torchvision.models import alexnet

model = alexnet(weights=None)
conv1 = model.features[0]


def shapes(grads):
    return [None if g is None else tuple(g.shape) for g in grads]


def show_grads(module, grad_input, grad_output):
    print("  grad_input: ", shapes(grad_input))
    print("  grad_output:", shapes(grad_output))


print("legacy hook on features[0] (Conv2d):")
handle = conv1.register_backward_hook(show_grads)  # as old code calls it
logits = model(torch.zeros(1, 3, 224, 224))  # the FutureWarning comes here
logits.sum().backward()
handle.remove()

print("legacy hook on features (the whole Sequential):")
handle = model.features.register_backward_hook(show_grads)
model(torch.zeros(1, 3, 224, 224)).sum().backward()
handle.remove()

try:  # the module remembers it once had a legacy hook, even after remove()
    conv1.register_full_backward_hook(show_grads)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
