import tempfile
from pathlib import Path

import torch
from PIL import Image
from torch import nn
from torchvision import datasets
from torchvision.transforms import v2

to_tensor = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
conv = nn.Conv2d(1, 8, kernel_size=3)  # in_channels=1 for grey images


def grey_loader(path):
    with Image.open(path) as img:
        return img.convert("L")  # one channel


with tempfile.TemporaryDirectory() as root:
    for name in ("ok", "scratch"):  # two classes of greyscale PNGs
        (Path(root) / name).mkdir()
        Image.new("L", (28, 28), 128).save(Path(root) / name / "0.png")

    x, _ = datasets.ImageFolder(root, transform=to_tensor)[0]
    print("default loader:", tuple(x.shape))
    try:
        conv(x.unsqueeze(0))
    except RuntimeError as err:
        print("RuntimeError:", err)

    data = datasets.ImageFolder(root, transform=to_tensor, loader=grey_loader)
    x, _ = data[0]
    print("loader=grey_loader:", tuple(x.shape), tuple(conv(x[None]).shape))

    grey = v2.Compose(
        [v2.Grayscale(1), to_tensor, v2.Normalize(mean=[0.5], std=[0.5])]
    )
    x, _ = datasets.ImageFolder(root, transform=grey)[0]
    print("v2.Grayscale(1):", tuple(x.shape), tuple(conv(x[None]).shape))
