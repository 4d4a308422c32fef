import numpy as np
from PIL import Image
from torchvision import transforms

# a 2x3 segmentation mask: each pixel holds its class, 0, 1 or 2
mask = Image.fromarray(np.array([[0, 1, 2], [2, 1, 0]], dtype=np.uint8))
scaled = transforms.ToTensor()(mask)  # float, divided by 255
print(
    "ToTensor:", scaled.dtype, [round(v, 4) for v in scaled.flatten().tolist()]
)
print("ToTensor, then long:   ", scaled.long().tolist())
kept = transforms.PILToTensor()(mask)  # uint8, values kept
print("PILToTensor, then long:", kept.long().tolist())
