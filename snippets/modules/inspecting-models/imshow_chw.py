import matplotlib.pyplot as plt
import numpy as np

# A pure red 3x3 "filter", (C, H, W): channel 0 (R) is all ones.
red = np.zeros((3, 3, 3), dtype=np.float32)
red[0] = 1.0

fig, (ax_wrong, ax_right) = plt.subplots(1, 2, figsize=(4, 2.2))
wrong = ax_wrong.imshow(red)  # matplotlib reads it as (H, W, C)
right = ax_right.imshow(red.transpose(1, 2, 0))  # (C, H, W) -> (H, W, C)
ax_wrong.set_title("CHW as is", fontsize=9)
ax_right.set_title("permuted to HWC", fontsize=9)
for ax in (ax_wrong, ax_right):
    ax.set_xticks([])  # keep the frame: the white row must stay visible
    ax.set_yticks([])
fig.tight_layout()
fig.savefig("imshow_chw.png", dpi=80)

print(
    "CHW as is, colours by row:",
    [wrong.get_array()[r, 0].tolist() for r in range(3)],
)
print(
    "HWC,       colours by row:",
    [right.get_array()[r, 0].tolist() for r in range(3)],
)
