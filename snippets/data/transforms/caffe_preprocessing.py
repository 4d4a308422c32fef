import numpy as np
import torch
from PIL import Image
from torchvision import transforms
from torchvision.models import AlexNet_Weights, VGG16_Weights

# A 2x3 RGB image: red, green, blue / black, grey, white.
pixels = np.array(
    [
        [[255, 0, 0], [0, 255, 0], [0, 0, 255]],
        [[0, 0, 0], [128, 128, 128], [255, 255, 255]],
    ],
    dtype=np.uint8,
)
img = Image.fromarray(pixels)

# Caffe style: float 0-255, RGB -> BGR, HWC -> CHW, minus a per-channel mean
bgr = np.asarray(img, dtype=np.float32)[:, :, ::-1]
caffe_mean = np.array([103.939, 116.779, 123.68], dtype=np.float32)  # B G R
caffe = torch.from_numpy((bgr - caffe_mean).transpose(2, 0, 1).copy())
# half done: BGR and 0-255, but no mean subtracted
half = torch.from_numpy(bgr.transpose(2, 0, 1).copy())

# torchvision: RGB, [0, 1], then (x - mean) / std per channel
mean, std = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
tv = transforms.Compose(
    [transforms.ToTensor(), transforms.Normalize(mean, std)]
)(img)

for name, t in (("half", half), ("caffe", caffe), ("torchvision", tv)):
    print(
        f"{name:11} {tuple(t.shape)}",
        f"red pixel {[round(v, 1) for v in t[:, 0, 0].tolist()]}",
        f"range [{t.min().item():.1f}, {t.max().item():.1f}]",
    )

# What a set of weights expects is written in its transforms().
for weights in (
    AlexNet_Weights.IMAGENET1K_V1,
    VGG16_Weights.IMAGENET1K_FEATURES,
):
    t = weights.transforms()
    print(
        f"{weights}: mean*255 {[round(m * 255, 1) for m in t.mean]},",
        f"std*255 {[round(s * 255, 1) for s in t.std]}",
    )
