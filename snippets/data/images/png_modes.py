from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from torchvision import transforms

red = (255, 0, 0)
images = {
    "L": Image.new("L", (6, 4), 128),  # grey, 1 band
    "P": Image.new("RGB", (6, 4), red).convert(  # palette
        "P", palette=Image.Palette.ADAPTIVE, colors=4
    ),
    "RGB": Image.new("RGB", (6, 4), red),  # 3 bands
    "RGBA": Image.new("RGBA", (6, 4), red + (128,)),  # 3 bands + alpha
}
to_tensor = transforms.ToTensor()
tmp = Path("pngs")  # a folder in the working directory
tmp.mkdir(exist_ok=True)
print("file      mode  array      pixel             ToTensor   cv2.imread")
for mode, img in images.items():
    path = tmp / f"{mode}.png"
    img.save(path)
    back = Image.open(path)
    arr = np.asarray(back)
    tensor = to_tensor(back)
    print(
        f"{path.name:9} {back.mode:5} {str(arr.shape):10} "
        f"{str(arr[0, 0].tolist()):17} {str(tuple(tensor.shape)):10} "
        f"{cv2.imread(str(path)).shape}"
    )

print("palette of P.png, entry 0:", Image.open(tmp / "P.png").getpalette()[:3])
for mode in images:
    rgb = Image.open(tmp / f"{mode}.png").convert("RGB")
    arr = np.asarray(rgb)
    print(
        f"{mode:4} convert('RGB') -> {arr.shape} pixel {arr[0, 0].tolist()}",
        f"| ToTensor {tuple(to_tensor(rgb).shape)}",
    )
