import torch
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    """300 RGB 16x16 'images' in [0, 1], as ToTensor() returns them."""

    def __init__(self):
        with torch.device("cpu"):  # the CPU generator on any machine
            g = torch.Generator().manual_seed(0)
            base = torch.tensor([0.5, 0.4, 0.3]).view(1, 3, 1, 1)
            brightness = 0.2 * torch.rand(300, 1, 1, 1, generator=g)
            noise = 0.1 * torch.randn(300, 3, 16, 16, generator=g)
            self.images = (base + brightness + noise).clamp(0, 1)

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        return self.images[index], 0  # (image, label)


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
loader = DataLoader(Images(), batch_size=64)  # the last batch has 44

# One pass: per-channel sum and sum of squares, in float64
count = 0
total = torch.zeros(3, dtype=torch.float64, device=device)
total_sq = torch.zeros(3, dtype=torch.float64, device=device)
for images, _ in loader:
    images = images.to(device, torch.float64)
    count += images.numel() // images.size(1)  # N * H * W per channel
    total += images.sum(dim=(0, 2, 3))
    total_sq += (images**2).sum(dim=(0, 2, 3))
mean = total / count
std = (total_sq / count - mean**2).sqrt()


def show(label, values):
    print(label, " ".join(f"{v:.4f}" for v in values.tolist()))


show("one pass: mean", mean)
show("          std ", std)

# Check: everything stacked in memory at once
stacked = torch.stack([image for image, _ in Images()]).double()
ref_mean = stacked.mean(dim=(0, 2, 3))
ref_std = stacked.std(dim=(0, 2, 3), correction=0)  # divide by N
show("stacked:  mean", ref_mean)
show("          std ", ref_std)
print(
    "allclose:",
    torch.allclose(mean.cpu(), ref_mean.cpu()),
    torch.allclose(std.cpu(), ref_std.cpu()),
)
