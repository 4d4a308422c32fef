import numpy as np
import torch
from PIL import Image
from torchvision.utils import make_grid, save_image


def shapes(n, size=48):
    """n RGB images (n, 3, size, size) in [0, 1]: squares, discs, diamonds."""
    ys, xs = torch.meshgrid(
        torch.arange(size), torch.arange(size), indexing="ij"
    )
    c = (size - 1) / 2
    r = size * 0.3
    masks = [
        ((xs - c).abs() < r) & ((ys - c).abs() < r),
        (xs - c) ** 2 + (ys - c) ** 2 < (1.2 * r) ** 2,
        (xs - c).abs() + (ys - c).abs() < 1.3 * r,
    ]
    colours = torch.tensor(
        [[0.9, 0.2, 0.2], [0.2, 0.7, 0.3], [0.2, 0.4, 0.9], [0.95, 0.75, 0.1]]
    )
    images = torch.full((n, 3, size, size), 0.12)
    for i in range(n):
        images[i][:, masks[i % 3]] = colours[i % 4][:, None]
    return images


batch = shapes(8)
# as after Normalize(mean=0.5, std=0.5): values in [-1, 1]
normalised = (batch - 0.5) / 0.5


def read_back(path):
    img = Image.open(path)
    pixels = np.asarray(img)  # (H, W, 3) uint8
    background, shape = pixels[4, 4].tolist(), pixels[26, 26].tolist()
    print(f"{path}: size {img.size}, mode {img.mode}")
    print(f"  background {tuple(background)}, first shape {tuple(shape)}")


print(
    "make_grid(batch, nrow=4, padding=0):",
    tuple(make_grid(batch, nrow=4, padding=0).shape),
)
save_image(batch, "save_image_grid.png", nrow=4, padding=2)  # grid + PNG
read_back("save_image_grid.png")

save_image(normalised, "save_image_grid-clamped.png", nrow=4)
read_back("save_image_grid-clamped.png")
save_image(normalised, "save_image_grid-normalize.png", nrow=4, normalize=True)
read_back("save_image_grid-normalize.png")
save_image(
    normalised,
    "save_image_grid-range.png",
    nrow=4,
    normalize=True,
    value_range=(-1, 1),
)
read_back("save_image_grid-range.png")
