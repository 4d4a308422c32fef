import matplotlib.pyplot as plt
import torch
from torchvision.models import vgg16

torch.manual_seed(0)
# drawn on the CPU: the same random filters on every machine
with torch.device("cpu"):
    model = vgg16(weights=None)  # random init, nothing downloaded

sd = model.state_dict()
keys = list(sd.keys())
print(len(keys), "keys; the first six:", keys[:6])

# The key list a widely copied 2018 example printed:
conv_idx = [0, 2, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28]
keys_2018 = [
    f"features.{i}.{kind}" for i in conv_idx for kind in ("weight", "bias")
]
keys_2018 += [
    f"classifier.{i}.{kind}" for i in (0, 3, 6) for kind in ("weight", "bias")
]
print("same keys as in 2018:", keys == keys_2018)

weight = sd["features.0.weight"]  # first conv: 64 filters, 3 x 3 x 3
print(
    "features.0.weight:",
    tuple(weight.shape),
    "| is model.features[0].weight:",
    weight.data_ptr() == model.features[0].weight.data_ptr(),
)

# As RGB images: (C, H, W) -> (H, W, C), each stretched to [0, 1]
filters = weight.detach().cpu().permute(0, 2, 3, 1)  # (N, H, W, C)
low = filters.amin(dim=(1, 2, 3), keepdim=True)
high = filters.amax(dim=(1, 2, 3), keepdim=True)
filters = (filters - low) / (high - low)
print("display range:", filters.min().item(), "to", filters.max().item())

fig, axes = plt.subplots(8, 8, figsize=(5, 5.4))
for i, ax in enumerate(axes.flat):
    ax.imshow(filters[i].numpy(), interpolation="nearest")
    ax.axis("off")
fig.suptitle(
    "VGG16 features.0.weight: 64 filters (3x3 RGB), random init", fontsize=9
)
fig.tight_layout()
fig.savefig("vgg16_filters.png", dpi=80)
