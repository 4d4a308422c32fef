# cpu-only: random weights; CUDA's generator draws other ones
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from matplotlib import cbook
from PIL import Image
from torchvision.models import resnet18
from torchvision.transforms import v2

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(0)  # weights=None: random weights, seeded
model = resnet18(weights=None).eval().to(device)

photo = Image.open(
    cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
).convert("RGB")
to_input = v2.Compose(
    [
        v2.ToImage(),
        v2.Resize(224),
        v2.CenterCrop(224),
        v2.ToDtype(torch.float32, scale=True),
    ]
)
image = to_input(photo)  # (3, 224, 224) in [0, 1], for display
batch = (
    v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])(image)
    .unsqueeze(0)
    .to(device)
)

with torch.no_grad():
    x = model.maxpool(model.relu(model.bn1(model.conv1(batch))))
    x = model.layer1(x)  # a feature map: (batch, channels, height, width)
print("feature map:", tuple(x.shape))

heat = x.mean(dim=1)  # average over the channels
print("mean over dim=1:", tuple(heat.shape))
heat = heat[0]  # the first (only) image: (56, 56), what imshow wants
print("one image's heat map:", tuple(heat.shape))

# To lay it over the photo, scale it up to the photo's size.
big = F.interpolate(
    heat[None, None],
    size=image.shape[1:],
    mode="bilinear",
    align_corners=False,
)[0, 0]

fig, axes = plt.subplots(1, 3, figsize=(7.5, 2.8))
axes[0].imshow(image.permute(1, 2, 0).cpu().numpy())
axes[0].set_title("input (224x224)")
shown = axes[1].imshow(heat.cpu().numpy(), cmap="jet")
axes[1].set_title("layer1, channel mean")
fig.colorbar(shown, ax=axes[1], fraction=0.046)
axes[2].imshow(image.permute(1, 2, 0).cpu().numpy())
axes[2].imshow(big.cpu().numpy(), cmap="jet", alpha=0.5)
axes[2].set_title("overlay (upsampled)")
for ax in axes:
    ax.axis("off")
fig.tight_layout()
fig.savefig("feature_map_mean.png", dpi=80)
