# cpu-only: GPU rounding flips max-pooling ties, and the figure changes
import matplotlib.pyplot as plt
import torch
from matplotlib import cbook
from PIL import Image
from torch import nn
from torchvision.models import AlexNet_Weights, alexnet
from torchvision.utils import make_grid

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(0)
with torch.device("cpu"):  # random weights, the same on every machine
    model = alexnet(weights=None).eval()
model = model.to(device)
for layer in model.modules():  # in-place ReLUs and full backward hooks clash
    if isinstance(layer, nn.ReLU):
        layer.inplace = False

photo = Image.open(
    cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
).convert("RGB")
weights = AlexNet_Weights.DEFAULT  # preprocessing and class names only
batch = weights.transforms()(photo).unsqueeze(0).to(device)

saved = {}
conv1 = model.features[0]
handles = [
    conv1.register_forward_hook(
        lambda m, inputs, output: saved.update(act=output.detach().cpu())
    ),
    conv1.register_full_backward_hook(
        lambda m, grad_in, grad_out: saved.update(
            grad=grad_out[0].detach().cpu()
        )
    ),
]
batch.requires_grad_()  # the full backward hook needs an input gradient
target = 652
logits = model(batch)
logits[0, target].backward()  # gradient of one class score
for h in handles:
    h.remove()

print("class", target, "is", repr(weights.meta["categories"][target]))
print(
    "activations:",
    tuple(saved["act"].shape),
    "| gradients:",
    tuple(saved["grad"].shape),
)

# first 32 channels, (32, 55, 55) -> (32, 1, 55, 55)
acts = saved["act"][0, :32].unsqueeze(1)
grads = saved["grad"][0, :32].unsqueeze(1)
# each map to [-1, 1] by its 99th percentile; 0 stays 0
scale = grads.abs().flatten(1).quantile(0.99, dim=1).clamp_min(1e-12)
grads = (grads / scale.view(-1, 1, 1, 1)).clamp(-1, 1)

act_grid = make_grid(
    acts, nrow=8, padding=2, normalize=True, scale_each=True, pad_value=1
)
grad_grid = make_grid(grads, nrow=8, padding=2, pad_value=0)

fig, (left, right) = plt.subplots(1, 2, figsize=(7.2, 2.3))
left.imshow(act_grid[0].numpy(), cmap="gray")  # 3 equal channels: show one
left.set_title("conv1 output (activations), channels 0-31", fontsize=9)
right.imshow(grad_grid[0].numpy(), cmap="RdBu_r", vmin=-1, vmax=1)
right.set_title("d score / d conv1 output, channels 0-31", fontsize=9)
for ax in (left, right):
    ax.axis("off")
fig.tight_layout()
fig.savefig("activation_grid.png", dpi=80, bbox_inches="tight")
