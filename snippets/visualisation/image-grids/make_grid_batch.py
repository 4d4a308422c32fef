import matplotlib.pyplot as plt
import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset
from torchvision.utils import make_grid


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
    images = torch.full((n, 3, size, size), 0.12)  # dark grey background
    for i in range(n):
        mask = masks[i % 3]
        images[i][:, mask] = colours[i % 4][:, None]
    return images, torch.arange(n) % 3


images, labels = shapes(8)
loader = DataLoader(TensorDataset(images, labels), batch_size=8)

batch, batch_labels = next(iter(loader))  # not iter(loader).next()
print("batch:", tuple(batch.shape), "| labels:", batch_labels.tolist())

grid = make_grid(batch, nrow=4, padding=2)  # one image: (3, H, W)
print("grid:", tuple(grid.shape))

hwc = grid.permute(1, 2, 0).cpu().numpy()  # matplotlib wants (H, W, 3)
print("for imshow:", hwc.shape)
print(
    "same as np.transpose(npimg, (1, 2, 0)):",
    np.array_equal(hwc, np.transpose(grid.cpu().numpy(), (1, 2, 0))),
)

fig, ax = plt.subplots(figsize=(4, 2.2))
ax.imshow(hwc)
ax.axis("off")
fig.tight_layout()
fig.savefig("make_grid_batch.png", dpi=80)
