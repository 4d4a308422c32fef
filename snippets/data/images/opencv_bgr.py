from pathlib import Path

import cv2
import numpy as np
from PIL import Image

# A 1x3 image in OpenCV's B, G, R order: a red, a green, a blue pixel.
bgr = np.zeros((1, 3, 3), dtype=np.uint8)
bgr[0, 0, 2] = 255  # red lives in channel 2 for OpenCV
bgr[0, 1, 1] = 255  # green
bgr[0, 2, 0] = 255  # blue lives in channel 0
tmp = Path("out")  # a folder in the working directory
tmp.mkdir(exist_ok=True)
cv2.imwrite(str(tmp / "rgb_pixels.png"), bgr)  # BGR in, RGB PNG out

by_cv2 = cv2.imread(str(tmp / "rgb_pixels.png"))  # BGR, uint8, (H, W, 3)
by_pil = np.asarray(Image.open(tmp / "rgb_pixels.png"))  # RGB, uint8
print("cv2.imread first pixel (B, G, R):", by_cv2[0, 0].tolist())
print("PIL        first pixel (R, G, B):", by_pil[0, 0].tolist())
print(
    "same array?",
    np.array_equal(by_cv2, by_pil),
    "| reversed channels equal?",
    np.array_equal(by_cv2[..., ::-1], by_pil),
)

rgb = cv2.cvtColor(by_cv2, cv2.COLOR_BGR2RGB)
print(
    "after cvtColor(BGR2RGB):",
    rgb[0, 0].tolist(),
    "| equal to PIL:",
    np.array_equal(rgb, by_pil),
)

# The other way: an RGB array (from PIL) written by cv2, unconverted.
cv2.imwrite(str(tmp / "swapped.png"), by_pil)
print(
    "RGB array saved by cv2, first pixel read by PIL:",
    np.asarray(Image.open(tmp / "swapped.png"))[0, 0].tolist(),
)
