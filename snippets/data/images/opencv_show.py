import cv2
import matplotlib.pyplot as plt
from matplotlib import cbook

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
bgr = cv2.imread(str(path))  # OpenCV: BGR channel order
bgr = cv2.resize(bgr, (170, 200), interpolation=cv2.INTER_AREA)
rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)

fig, axes = plt.subplots(1, 2, figsize=(4.4, 2.7))
axes[0].imshow(bgr)  # read as R, G, B: red and blue swap places
axes[0].set_title("plt.imshow(bgr): wrong", fontsize=8)
axes[1].imshow(rgb)
axes[1].set_title("cvtColor(BGR2RGB): right", fontsize=8)
for ax in axes:
    ax.axis("off")
fig.tight_layout()
fig.savefig("opencv_show.png", dpi=80)
print(
    "cv2.imread:",
    bgr.shape,
    bgr.dtype,
    "| top-left BGR:",
    bgr[0, 0].tolist(),
    "RGB:",
    rgb[0, 0].tolist(),
)
