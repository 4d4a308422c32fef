import torch
from torchvision.models import resnet18

model = resnet18(weights=None).eval()
features = {}


def keep(name):
    def hook(module, inputs, output):
        features[name] = output.detach()

    return hook


handles = [
    model.layer1.register_forward_hook(keep("c2")),
    model.layer4.register_forward_hook(keep("c5")),
    model.avgpool.register_forward_hook(keep("pooled")),  # before flatten
]
with torch.no_grad():
    logits = model(torch.zeros(2, 3, 64, 64))  # the whole model runs
for handle in handles:
    handle.remove()
for key, value in features.items():
    print(f"{key:6} {tuple(value.shape)}")
print("logits:", tuple(logits.shape))
