import tempfile
from pathlib import Path

from PIL import Image
from torchvision import datasets

CLASSES = ["cat", "dog", "bird"]  # fixed once, saved with the model


class FixedImageFolder(datasets.ImageFolder):
    def find_classes(self, directory):
        return CLASSES, {name: i for i, name in enumerate(CLASSES)}


with tempfile.TemporaryDirectory() as root:
    for rel in ["cat/a.png", "cat/indoor/b.png", "dog/c.png"]:  # no bird/
        path = Path(root) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (8, 8)).save(path)

    try:
        FixedImageFolder(root)
    except FileNotFoundError as err:
        print("FileNotFoundError:", err)

    ds = FixedImageFolder(root, allow_empty=True)
    print("class_to_idx:", ds.class_to_idx)
    for path, label in ds.samples:
        print(" ", Path(path).relative_to(root).as_posix(), "->", label)
