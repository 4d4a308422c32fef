import numpy as np
import torch
from PIL import Image
from torchvision import transforms
from torchvision.transforms import v2

MEAN, STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
# A fixed 4x4 test image: every pixel is (255, 128, 0), orange.
photo = Image.fromarray(np.full((4, 4, 3), (255, 128, 0), dtype=np.uint8))

# Wrong 1: Normalize before ToTensor: it rejects the PIL image.
wrong = transforms.Compose(
    [transforms.Normalize(MEAN, STD), transforms.ToTensor()]
)
try:
    wrong(photo)
except TypeError as err:
    print("Normalize -> ToTensor:", type(err).__name__, "-", err)

# Wrong 2 (v2): Normalize straight after ToImage, on uint8.
try:
    v2.Compose([v2.ToImage(), v2.Normalize(MEAN, STD)])(photo)
except TypeError as err:
    print("ToImage -> Normalize: ", type(err).__name__, "-", err)

# Wrong 3 (v2), silent: ToDtype without scale=True keeps 0..255.
unscaled = v2.Compose(
    [v2.ToImage(), v2.ToDtype(torch.float32), v2.Normalize(MEAN, STD)]
)(photo)
scaled = v2.Compose(
    [
        v2.ToImage(),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize(MEAN, STD),
    ]
)(photo)
print(
    "without scale=True, pixel (0, 0):",
    [round(v, 2) for v in unscaled[:, 0, 0].tolist()],
)
print(
    "with scale=True,    pixel (0, 0):",
    [round(v, 2) for v in scaled[:, 0, 0].tolist()],
)
