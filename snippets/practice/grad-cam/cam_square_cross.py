# cpu-only: training on the GPU ends with slightly different weights
# The same recipe on another task: a filled square (0) or a cross (1).
import torch
from torch import nn
from torch.nn import functional as F

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
SIZE, SIDE = 32, 8  # image size, object size


def make_batch(n, gen):
    """Noise images with a filled square (class 0) or a cross (1)."""
    x = 0.1 * torch.randn(n, 1, SIZE, SIZE, generator=gen, device="cpu")
    y = torch.randint(0, 2, (n,), generator=gen, device="cpu")
    boxes = torch.randint(0, SIZE - SIDE + 1, (n, 2), generator=gen)
    for img, label, (r, c) in zip(x, y, boxes.tolist()):
        patch = img[0, r : r + SIDE, c : c + SIDE]
        if label == 0:
            patch += 1.0
        else:
            patch[SIDE // 2 - 1 : SIDE // 2 + 1, :] += 1.0
            patch[:, SIDE // 2 - 1 : SIDE // 2 + 1] += 1.0
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
in_box = torch.zeros_like(cam, dtype=torch.bool)
for mask, r, c in zip(in_box, r0.tolist(), c0.tolist()):
    mask[r : r + SIDE, c : c + SIDE] = True
for c in (0, 1):
    hits, total = int(inside[y == c].sum()), int((y == c).sum())
    sel = y == c
    cam_in = cam[sel][in_box[sel]].mean()
    cam_out = cam[sel][~in_box[sel]].mean()
    print(
        f"class {c}: CAM peak inside the object's box in {hits}/{total}, "
        f"mean CAM inside {cam_in:.2f}, outside {cam_out:.2f}"
    )
