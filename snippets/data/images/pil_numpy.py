import io

import numpy as np
from matplotlib import cbook
from PIL import Image

photo = Image.open(
    cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
).convert("RGB")
arr = np.asarray(photo)
print("Image.size (W, H):  ", photo.size)
print("array.shape (H, W, C):", arr.shape, arr.dtype)
print(
    "bands:",
    photo.getbands(),
    "| pixel (x=0, y=0):",
    photo.getpixel((0, 0)),
    "= arr[0, 0]:",
    arr[0, 0].tolist(),
)

# Back to PIL: fromarray wants uint8 for an RGB image.
print(
    "fromarray(uint8 HWC):",
    Image.fromarray(arr).mode,
    Image.fromarray(arr).size,
)

as_float = arr / 255.0  # float64 in [0, 1], the usual result of "normalising"
try:
    Image.fromarray(as_float)
except TypeError as err:
    print("fromarray(float HWC):", type(err).__name__, "-", err)

grey = as_float[..., 0]  # 2-D float: no error, a 32-bit float image (mode F)
grey_img = Image.fromarray(grey)
print(
    "fromarray(float HW): mode",
    grey_img.mode,
    "| max value",
    round(float(np.max(grey_img)), 3),
)
try:
    grey_img.save(io.BytesIO(), format="PNG")
except OSError as err:
    print("saving it as PNG:", type(err).__name__, "-", err)

fixed = Image.fromarray((as_float * 255).round().clip(0, 255).astype(np.uint8))
print(
    "after * 255 -> uint8:",
    fixed.mode,
    "| equal to the original:",
    np.array_equal(np.asarray(fixed), arr),
)
