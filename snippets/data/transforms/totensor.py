import numpy as np
from PIL import Image
from torchvision import transforms

# A 2x3 RGB image with known pixel values (H=2 rows, W=3 columns).
pixels = np.array(
    [
        [[255, 0, 0], [0, 255, 0], [0, 0, 255]],
        [[0, 0, 0], [128, 128, 128], [255, 255, 255]],
    ],
    dtype=np.uint8,
)
img = Image.fromarray(pixels)
print(
    "PIL size (W, H):",
    img.size,
    "| as NumPy (H, W, C):",
    np.asarray(img).shape,
    np.asarray(img).dtype,
)

t = transforms.ToTensor()(img)
print(
    "ToTensor ->",
    tuple(t.shape),
    t.dtype,
    "min",
    t.min().item(),
    "max",
    t.max().item(),
)
print(
    "red channel t[0]:", [[round(v, 3) for v in row] for row in t[0].tolist()]
)
print(
    "pixel (row 1, col 1), all channels:",
    [round(v, 4) for v in t[:, 1, 1].tolist()],
    "= 128/255",
)

back = transforms.ToPILImage()(t)  # CHW float [0, 1] -> PIL, times 255
print(
    "ToPILImage ->",
    back.mode,
    back.size,
    "| round trip equal:",
    np.array_equal(np.asarray(back), pixels),
)

# All 256 grey levels survive the round trip, not just these six pixels.
levels = np.arange(256, dtype=np.uint8).reshape(16, 16)
grey = transforms.ToPILImage()(transforms.ToTensor()(Image.fromarray(levels)))
print("0..255 round trip equal:", np.array_equal(np.asarray(grey), levels))
