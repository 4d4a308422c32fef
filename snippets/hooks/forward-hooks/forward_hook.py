import matplotlib.pyplot as plt
import torch
from matplotlib import cbook
from PIL import Image
from torchvision.models import VGG16_Weights, vgg16


class LayerActivations:
    """Keeps what one layer outputs on each forward pass; a `with` block removes the hook at its end."""

    def __init__(self, layer):
        self.features = None
        self.calls = 0
        self.handle = layer.register_forward_hook(self.hook)

    def hook(self, module, inputs, output):
        self.calls += 1
        self.features = (
            output.detach().cpu()
        )  # a copy off the graph and off the GPU, ready to plot

    def remove(self):
        self.handle.remove()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(
    0
)  # weights=None draws random weights: seed them for a repeatable figure
with torch.device(
    "cpu"
):  # draw them with the CPU generator, so the figure is the same on a GPU machine
    model = vgg16(weights=None).eval()
model = model.to(device)

# A real photo that ships with matplotlib (Grace Hopper), preprocessed the way VGG16's weights expect.
photo = Image.open(
    cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
).convert("RGB")
preprocess = (
    VGG16_Weights.DEFAULT.transforms()
)  # resize 256, crop 224, scale to [0, 1], normalise
batch = preprocess(photo).unsqueeze(0).to(device)

with (
    LayerActivations(model.features[1]) as relu1,
    torch.no_grad(),
):  # the ReLU after the first conv
    logits = model(batch)
model.features[1](
    torch.zeros(1)
)  # run the layer again: the removed hook is not called
print("hook calls:", relu1.calls)

acts = relu1.features
print(
    "logits:", tuple(logits.shape), "| features[1] output:", tuple(acts.shape)
)

fig, axes = plt.subplots(4, 8, figsize=(7, 3.9))
for channel, ax in enumerate(axes.flat):
    ax.imshow(
        acts[0, channel].numpy(), cmap="viridis"
    )  # matplotlib wants NumPy, not tensors
    ax.set_title(str(channel), fontsize=7)
    ax.axis("off")
fig.suptitle(
    "VGG16 features[1] (ReLU after conv1), channels 0-31, random weights",
    fontsize=9,
)
fig.tight_layout()
fig.savefig(
    "forward_hook.png", dpi=66, bbox_inches="tight"
)  # small enough to keep the page light
