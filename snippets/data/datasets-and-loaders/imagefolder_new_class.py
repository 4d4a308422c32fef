import tempfile
from pathlib import Path

from PIL import Image
from torchvision import datasets


def add_class(root, name, count=2):
    """root/<name>/<name>_<i>.png: a folder of tiny PNGs."""
    (Path(root) / name).mkdir()
    for i in range(count):
        Image.new("RGB", (8, 8)).save(Path(root) / name / f"{name}_{i}.png")


with tempfile.TemporaryDirectory() as root:
    add_class(root, "cat")
    add_class(root, "dog")
    before = datasets.ImageFolder(root)
    print("before:", before.class_to_idx)

    add_class(root, "bird")  # one more folder, nothing else changed
    after = datasets.ImageFolder(root)
    print("after: ", after.class_to_idx)

    # a model trained on `before` predicts class 1: what is it?
    print(
        "1 means", before.classes[1], "before and", after.classes[1], "after"
    )

    # predicted indices -> names, with the mapping of the training set
    preds = [1, 0, 1]
    print("predictions:", [before.classes[i] for i in preds])
    idx_to_class = {i: name for name, i in before.class_to_idx.items()}
    print("idx_to_class:", idx_to_class)
