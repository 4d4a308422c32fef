import torch
from torch import nn


def make_net(num_classes):
    net = nn.Sequential()
    net.add_module(
        "features",
        nn.Sequential(
            nn.Conv2d(3, 16, 3),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        ),
    )
    net.add_module("classifier", nn.Linear(16, num_classes))
    return net


# say, trained on 10 classes
torch.save(make_net(num_classes=10).state_dict(), "pretrained.pth")
net = make_net(num_classes=3)  # fine-tune on 3 classes

pretrained = torch.load("pretrained.pth")
own = net.state_dict()

# The usual filter keeps every shared key, classifier.* included:
by_name = {k: v for k, v in pretrained.items() if k in own}
try:
    net.load_state_dict({**own, **by_name})  # own.update(by_name)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

# Keep a tensor only if the name exists AND the shape matches.
usable = {
    k: v for k, v in pretrained.items() if k in own and v.shape == own[k].shape
}
skipped = sorted(set(pretrained) - set(usable))
result = net.load_state_dict(usable, strict=False)
print("loaded: ", sorted(usable))
print("skipped:", skipped)
print("left at their initial values:", result.missing_keys)
