import matplotlib.pyplot as plt
import torch
from matplotlib import cbook
from PIL import Image
from torchvision.models import VGG16_Weights, vgg16


class LayerActivations:
    """Keeps one layer's output; leaving a `with` block removes the hook."""

    def __init__(self, layer):
        self.features = None
        self.calls = 0
        self.handle = layer.register_forward_hook(self.hook)

    def hook(self, module, inputs, output):
        self.calls += 1
        # a copy off the graph and off the GPU, ready to plot
        self.features = output.detach().cpu()

    def remove(self):
        self.handle.remove()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(0)  # weights=None: random weights, seeded
with torch.device("cpu"):  # drawn by the CPU generator on any machine
    model = vgg16(weights=None).eval()
model = model.to(device)

# A photo that ships with matplotlib, preprocessed as VGG16's weights expect.
photo = Image.open(
    cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
).convert("RGB")
# inference preprocessing: resize 256, crop 224, scale to [0, 1], normalise
preprocess = VGG16_Weights.DEFAULT.transforms()
batch = preprocess(photo).unsqueeze(0).to(device)

# features[1] is the ReLU after the first conv
with LayerActivations(model.features[1]) as relu1, torch.no_grad():
    logits = model(batch)
model.features[1](torch.zeros(1))  # the removed hook is not called
print("hook calls:", relu1.calls)

acts = relu1.features
print(
    "logits:", tuple(logits.shape), "| features[1] output:", tuple(acts.shape)
)

fig, axes = plt.subplots(4, 8, figsize=(7, 3.9))
for channel, ax in enumerate(axes.flat):
    # matplotlib wants NumPy, not tensors
    ax.imshow(acts[0, channel].numpy(), cmap="viridis")
    ax.set_title(str(channel), fontsize=7)
    ax.axis("off")
fig.suptitle(
    "VGG16 features[1] (ReLU after conv1), channels 0-31, random weights",
    fontsize=9,
)
fig.tight_layout()
# dpi=66: small enough to keep the page light
fig.savefig("forward_hook.png", dpi=66, bbox_inches="tight")
