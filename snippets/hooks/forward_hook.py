import matplotlib.pyplot as plt
import torch
from matplotlib import cbook
from PIL import Image
from torchvision.models import vgg16
from torchvision.transforms import v2


class LayerActivations:
    """Keeps what one layer outputs each time the model runs forward, until remove() is called."""

    def __init__(self, layer):
        self.features = None
        self.handle = layer.register_forward_hook(self.hook)

    def hook(self, module, inputs, output):
        self.features = output.detach().cpu()  # a copy off the graph and off the GPU, ready to plot

    def remove(self):
        self.handle.remove()


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(0)  # weights=None draws random weights: seed them for a repeatable figure
model = vgg16(weights=None).eval().to(device)

# A real photo that ships with matplotlib (Grace Hopper), as a 1x3x224x224 normalised batch.
photo = Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)).convert("RGB")
preprocess = v2.Compose([
    v2.ToImage(),
    v2.Resize(224),
    v2.CenterCrop(224),
    v2.ToDtype(torch.float32, scale=True),
    v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
])
batch = preprocess(photo).unsqueeze(0).to(device)

relu1 = LayerActivations(model.features[1])  # the ReLU after the first convolution
with torch.no_grad():
    logits = model(batch)
relu1.remove()

acts = relu1.features
print("logits:", tuple(logits.shape), "| features[1] output:", tuple(acts.shape))

fig, axes = plt.subplots(4, 8, figsize=(8, 4.4))
for channel, ax in enumerate(axes.flat):
    ax.imshow(acts[0, channel].numpy(), cmap="viridis")  # matplotlib wants NumPy, not tensors
    ax.set_title(str(channel), fontsize=7)
    ax.axis("off")
fig.suptitle("VGG16 features[1] (ReLU after conv1), channels 0-31, random weights", fontsize=9)
fig.tight_layout()
fig.savefig("forward_hook.png", dpi=80)
