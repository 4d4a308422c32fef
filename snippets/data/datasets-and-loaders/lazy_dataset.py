import tempfile
from pathlib import Path

from PIL import Image
from torch.utils.data import Dataset
from torchvision import transforms


class ImageFiles(Dataset):
    """Lists the files; __getitem__ opens and decodes one when asked."""

    def __init__(self, paths, labels, transform=None):
        self.paths = list(paths)
        self.labels = list(labels)
        self.transform = transform
        self.loads = 0  # how many files we have actually read

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, index):
        self.loads += 1
        with Image.open(self.paths[index]) as img:  # disk read + decode
            img = img.convert("RGB")
        if self.transform is not None:
            img = self.transform(img)
        return img, self.labels[index]


with tempfile.TemporaryDirectory() as root:
    paths = []
    for i in range(5):  # five tiny PNGs, each a different shade of grey
        path = Path(root) / f"img{i}.png"
        Image.new("RGB", (8, 6), (40 * i,) * 3).save(path)
        paths.append(path)

    ds = ImageFiles(
        paths, labels=[0, 1, 0, 1, 0], transform=transforms.ToTensor()
    )
    print("len:", len(ds), "| files read by __init__:", ds.loads)
    x, y = ds[3]
    print(
        "ds[3]:",
        tuple(x.shape),
        x.dtype,
        "label",
        y,
        "| value",
        round(x[0, 0, 0].item(), 3),
        "| files read:",
        ds.loads,
    )
