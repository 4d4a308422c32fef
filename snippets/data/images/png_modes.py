from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from torchvision import transforms

red = (255, 0, 0)
images = {
    "L": Image.new("L", (6, 4), 128),  # grey, 1 band
    "P": Image.new("RGB", (6, 4), red).convert(
        "P", palette=Image.Palette.ADAPTIVE, colors=4
    ),  # palette
    "RGB": Image.new("RGB", (6, 4), red),  # 3 bands
    "RGBA": Image.new("RGBA", (6, 4), red + (128,)),  # 3 bands + alpha
}
to_tensor = transforms.ToTensor()
tmp = Path("pngs")  # a folder in the working directory
tmp.mkdir(exist_ok=True)
for mode, img in images.items():
    img.save(tmp / f"{mode}.png")
    back = Image.open(tmp / f"{mode}.png")
    arr = np.asarray(back)
    print(
        f"{mode:4} PIL mode {back.mode:4} bands {len(back.getbands())} array {arr.shape} "
        f"pixel {arr[0, 0].tolist()} | ToTensor {tuple(to_tensor(back).shape)} | cv2.imread {cv2.imread(str(tmp / f'{mode}.png')).shape}"
    )

print("palette of P.png, entry 0:", Image.open(tmp / "P.png").getpalette()[:3])
for mode in images:
    rgb = Image.open(tmp / f"{mode}.png").convert("RGB")
    print(
        f"{mode:4} convert('RGB') -> {np.asarray(rgb).shape} pixel {np.asarray(rgb)[0, 0].tolist()} | ToTensor {tuple(to_tensor(rgb).shape)}"
    )
