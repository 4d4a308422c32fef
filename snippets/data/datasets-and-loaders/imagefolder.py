import tempfile
from pathlib import Path

from PIL import Image
from torchvision import datasets, transforms

with tempfile.TemporaryDirectory() as root:
    # root/<class name>/<file>.png: 2 classes x 3 tiny PNGs
    for name, colour in [("dog", (200, 120, 40)), ("cat", (90, 90, 90))]:
        (Path(root) / name).mkdir()
        for i in range(3):
            Image.new("RGB", (8, 8), colour).save(
                Path(root) / name / f"{name}_{i}.png"
            )

    ds = datasets.ImageFolder(root, transform=transforms.ToTensor())
    print("classes:", ds.classes)
    print("class_to_idx:", ds.class_to_idx)
    print("targets:", ds.targets)
    for path, label in ds.samples[:4]:
        print(" ", Path(path).relative_to(root).as_posix(), "->", label)
    x, y = ds[4]
    print("ds[4]:", tuple(x.shape), x.dtype, "label", y, "=", ds.classes[y])
