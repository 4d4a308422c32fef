# cpu-only: training on the GPU ends with slightly different weights
import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.nn import functional as F

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
SIZE, SIDE = 32, 8  # image size, object size


def make_batch(n, gen):
    """Noise images with a horizontal (class 0) or vertical (1) bar."""
    x = 0.1 * torch.randn(n, 1, SIZE, SIZE, generator=gen, device="cpu")
    y = torch.randint(0, 2, (n,), generator=gen, device="cpu")
    boxes = torch.randint(0, SIZE - SIDE + 1, (n, 2), generator=gen)
    for img, label, (r, c) in zip(x, y, boxes.tolist()):
        patch = img[0, r : r + SIDE, c : c + SIDE]
        if label == 0:
            patch[SIDE // 2 - 1 : SIDE // 2 + 1, :] += 1.0  # horizontal
        else:
            patch[:, SIDE // 2 - 1 : SIDE // 2 + 1] += 1.0  # vertical
    return x, y, boxes


torch.manual_seed(0)
with torch.device("cpu"):
    model = nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1),
        nn.ReLU(),  # Grad-CAM looks at this layer's output (16, 16, 16)
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(16, 2),
    )
model = model.to(device)
gen = torch.Generator().manual_seed(0)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(60):
    x, y, _ = make_batch(32, gen)
    loss = F.cross_entropy(model(x.to(device)), y.to(device))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

model.eval()
x, y, boxes = make_batch(100, gen)
with torch.no_grad():
    pred = model(x.to(device)).argmax(1).cpu()
print(f"test accuracy: {(pred == y).float().mean():.3f}")

# Grad-CAM: a forward hook keeps the activation and puts a tensor hook
# on it; the tensor hook keeps the gradient that flows back into it.
store = {}


def forward_hook(module, inputs, output):
    store["act"] = output
    output.register_hook(lambda grad: store.update(grad=grad))


handle = model[4].register_forward_hook(forward_hook)
logits = model(x.to(device))
cls = logits.argmax(1)
logits.gather(1, cls[:, None]).sum().backward()  # each image's top score
handle.remove()

act, grad = store["act"].detach(), store["grad"]
weights = grad.mean(dim=(2, 3), keepdim=True)  # one weight per channel
cam = F.relu((weights * act).sum(dim=1, keepdim=True))
cam = F.interpolate(cam, size=(SIZE, SIZE), mode="bilinear")
cam = cam / cam.amax(dim=(2, 3), keepdim=True).clamp(min=1e-8)
cam = cam[:, 0].cpu()

peak = cam.flatten(1).argmax(1)
rows, cols = peak // SIZE, peak % SIZE
r0, c0 = boxes[:, 0], boxes[:, 1]
inside = (rows >= r0) & (rows < r0 + SIDE) & (cols >= c0) & (cols < c0 + SIDE)
for c in (0, 1):
    hits, total = int(inside[y == c].sum()), int((y == c).sum())
    print(f"class {c}: CAM peak inside the bar's box in {hits}/{total}")
for i in range(4):
    print(
        f"image {i}: class {y[i].item()}, box rows {r0[i]}-{r0[i] + SIDE - 1} "
        f"cols {c0[i]}-{c0[i] + SIDE - 1}, CAM peak ({rows[i]}, {cols[i]})"
    )

fig, axes = plt.subplots(2, 3, figsize=(5.4, 3.8))
examples = [int((y == c).nonzero()[0]) for c in (0, 1)]  # one per class
for row, i in zip(axes, examples):
    img = x[i, 0].numpy()
    row[0].imshow(img, cmap="gray")
    row[0].set_title(f"input, class {y[i].item()}", fontsize=8)
    row[1].imshow(cam[i].numpy(), cmap="jet", vmin=0, vmax=1)
    row[1].set_title(f"Grad-CAM, class {pred[i].item()}", fontsize=8)
    row[2].imshow(img, cmap="gray")
    row[2].imshow(cam[i].numpy(), cmap="jet", alpha=0.45, vmin=0, vmax=1)
    row[2].set_title("overlay", fontsize=8)
    for ax in row:
        ax.axis("off")
fig.tight_layout()
fig.savefig("grad_cam.png", dpi=100)
