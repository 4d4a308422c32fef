import matplotlib.pyplot as plt
import numpy as np
import torch

x = torch.rand(2, 64, 56, 56)  # a feature map for a batch of two images
# a line often copied:
item = torch.mean(x, dim=1).detach().cpu().numpy().transpose((1, 2, 0))
print("after the transpose:", item.shape, "(height, width, batch)")
try:
    plt.imshow(item, cmap="jet")
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

one = torch.mean(x, dim=1)[0].cpu().numpy()  # pick an image instead
print(
    "pick one image:",
    one.shape,
    "| the same numbers as item[:, :, 0]:",
    np.array_equal(one, item[:, :, 0]),
)
