import tempfile
from pathlib import Path

from PIL import Image
from torchvision import datasets


class NumericImageFolder(datasets.ImageFolder):
    def find_classes(self, directory):
        names = [d.name for d in Path(directory).iterdir() if d.is_dir()]
        classes = sorted(names, key=int)  # 1, 2, 10 as numbers
        return classes, {name: i for i, name in enumerate(classes)}


def make_tree(root, names):
    for name in names:  # one tiny PNG per class folder
        (Path(root) / name).mkdir()
        Image.new("RGB", (4, 4)).save(Path(root) / name / "a.png")


with tempfile.TemporaryDirectory() as root:
    make_tree(root, ["1", "2", "10"])
    print("folders 1, 2, 10:  ", datasets.ImageFolder(root).class_to_idx)
    print("find_classes, int: ", NumericImageFolder(root).class_to_idx)

with tempfile.TemporaryDirectory() as root:
    make_tree(root, ["01", "02", "10"])
    print("folders 01, 02, 10:", datasets.ImageFolder(root).class_to_idx)
