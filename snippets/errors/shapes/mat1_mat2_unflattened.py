import torch
from torch import nn

torch.manual_seed(0)
classifier = nn.Linear(512 * 7 * 7, 10)  # in_features 25088, as in VGG
feature_map = torch.randn(1, 512, 7, 7)  # VGG's conv part, one image

tries = {
    "as it is": feature_map,
    "no batch dim": feature_map[0],
    "no batch dim, flatten(x, 1)": torch.flatten(feature_map[0], 1),
    "flatten(x, 1)": torch.flatten(feature_map, 1),
}
for name, x in tries.items():
    try:
        out = classifier(x)
        print(f"{name}: {tuple(x.shape)} -> {tuple(out.shape)}")
    except RuntimeError as err:
        print(f"{name}: {tuple(x.shape)} -> {err}")
