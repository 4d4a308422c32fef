import io

import matplotlib.pyplot as plt
import numpy as np
import torch
from PIL import Image
from tensorboard.backend.event_processing.event_accumulator import (
    EventAccumulator,
)
from torch.utils.tensorboard import SummaryWriter

# a 3x8x12 image (C, H, W) with values in [0, 1], and a batch of 6
image = torch.linspace(0, 1, 3 * 8 * 12).reshape(3, 8, 12)
batch = torch.stack([image * k / 5 for k in range(6)])  # (N, C, H, W)

log_dir = "runs/images"
with SummaryWriter(log_dir) as writer:
    writer.add_image("one", image, global_step=0)  # CHW by default
    hwc = image.permute(1, 2, 0).cpu().numpy()  # (H, W, C), as PIL/OpenCV give
    writer.add_image("hwc", hwc, global_step=0, dataformats="HWC")
    writer.add_images("batch", batch, global_step=0)  # one grid image
    fig, ax = plt.subplots(figsize=(3, 2), dpi=50)
    ax.plot([0, 1, 4, 9])
    writer.add_figure("curve", fig, global_step=0)  # closes the figure
    print("figure still open after add_figure:", plt.fignum_exists(fig.number))
    writer.add_image("scaled_255", image * 255, global_step=0)  # wrong range
    try:
        writer.add_image("no_dataformats", hwc, global_step=0)
    except TypeError as err:
        print("HWC without dataformats: TypeError:", err)

events = EventAccumulator(log_dir, size_guidance={"images": 0})
events.Reload()
print("image tags:", events.Tags()["images"])
for tag in events.Tags()["images"]:
    for event in events.Images(tag):
        png = Image.open(io.BytesIO(event.encoded_image_string))
        white = (np.asarray(png.convert("L")) == 255).mean()
        print(
            f"  {tag:10} step {event.step}: {event.width}x{event.height}",
            f"{png.mode}, white pixels {white:.0%}",
        )
