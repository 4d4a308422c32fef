# cpu-only: the random crop draws its position from the CPU random generator
import torch
from matplotlib import cbook
from PIL import Image
from torchvision import transforms

MEAN, STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]  # ImageNet's

photo = Image.open(
    cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
).convert("RGB")
print("PIL image:", photo.mode, "size (W, H) =", photo.size)

preprocess = transforms.Compose(
    [
        transforms.RandomCrop(224),  # 1. PIL in, PIL out: still uint8
        transforms.ToTensor(),  # 2. HWC uint8 [0, 255] -> CHW float32 [0, 1]
        transforms.Normalize(MEAN, STD),  # 3. (x - mean) / std per channel
    ]
)

torch.manual_seed(0)  # fixes where the random crop lands
x = preprocess(photo)
print("tensor:", tuple(x.shape), x.dtype)
print("mean per channel:", [round(v, 3) for v in x.mean(dim=(1, 2)).tolist()])
print("std per channel: ", [round(v, 3) for v in x.std(dim=(1, 2)).tolist()])
print("min, max:", round(x.min().item(), 3), round(x.max().item(), 3))
