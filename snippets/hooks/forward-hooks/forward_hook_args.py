import torch
from torchvision.models import alexnet

model = alexnet(weights=None).eval()  # random weights: nothing is downloaded
conv1 = model.features[0]
calls = []


def show_call(module, inputs, output):
    calls.append(module)
    print("module:", module)
    print(
        "inputs: a",
        type(inputs).__name__,
        "of",
        len(inputs),
        "tensor, shape",
        tuple(inputs[0].shape),
    )
    print(
        "output:",
        tuple(output.shape),
        "| len(output) is the batch size:",
        len(output),
    )


handle = conv1.register_forward_hook(show_call)
with torch.no_grad():
    model(torch.zeros(2, 3, 224, 224))  # a batch of two images
handle.remove()

with torch.no_grad():
    model(torch.zeros(2, 3, 224, 224))  # the hook is gone: not called
print("hook calls:", len(calls))
