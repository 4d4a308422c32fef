import torch

with torch.device("cpu"):  # the same images as above
    g = torch.Generator().manual_seed(0)
    base = torch.tensor([0.5, 0.4, 0.3]).view(1, 3, 1, 1)
    brightness = 0.2 * torch.rand(300, 1, 1, 1, generator=g)
    noise = 0.1 * torch.randn(300, 3, 16, 16, generator=g)
    images = (base + brightness + noise).clamp(0, 1).double()

dataset_std = images.std(dim=(0, 2, 3), correction=0)
per_image = images.std(dim=(2, 3), correction=0).mean(dim=0)
per_batch = torch.stack(
    [b.std(dim=(0, 2, 3), correction=0) for b in images.split(64)]
).mean(dim=0)
for label, std in [
    ("dataset std:           ", dataset_std),
    ("mean of per-image stds:", per_image),
    ("mean of per-batch stds:", per_batch),
]:
    print(label, " ".join(f"{s:.4f}" for s in std.tolist()))
