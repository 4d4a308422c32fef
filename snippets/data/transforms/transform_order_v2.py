# cpu-only: the random crop draws its position from the CPU random generator
import torch
from matplotlib import cbook
from PIL import Image
from torchvision import transforms
from torchvision.transforms import v2

MEAN, STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
photo = Image.open(
    cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
).convert("RGB")

preprocess_v2 = v2.Compose(
    [
        v2.RandomCrop(224),
        v2.ToImage(),  # PIL -> tv_tensors.Image (uint8, CHW); no scaling yet
        v2.ToDtype(torch.float32, scale=True),  # uint8 -> float32 [0, 1]
        v2.Normalize(MEAN, STD),
    ]
)
preprocess_v1 = transforms.Compose(
    [
        transforms.RandomCrop(224),
        transforms.ToTensor(),
        transforms.Normalize(MEAN, STD),
    ]
)

torch.manual_seed(0)
new = preprocess_v2(photo)
torch.manual_seed(0)
old = preprocess_v1(photo)
print("v2:", type(new).__name__, tuple(new.shape), new.dtype)
print("v1:", type(old).__name__, tuple(old.shape), old.dtype)
print("same crop, same numbers:", torch.allclose(new, old, atol=1e-6))
print(
    "mean per channel:", [round(v, 3) for v in new.mean(dim=(1, 2)).tolist()]
)
