# cpu-only: the flip and the crop draw from the CPU random generator
import numpy as np
import torch
from PIL import Image
from torchvision import transforms

mask_np = np.zeros((8, 8), dtype=np.uint8)
mask_np[1:4, 1:3] = 7
mask_np[5:7, 4:8] = 15
image = Image.fromarray(np.stack([mask_np * 15] * 3, axis=-1))  # RGB
mask = Image.fromarray(mask_np)  # mode "L", one class id per pixel

# 1. the same Compose called twice: two random draws
augment = transforms.Compose(
    [transforms.RandomHorizontalFlip(), transforms.RandomCrop(6)]
)
torch.manual_seed(0)
aug_image, aug_mask = augment(image), augment(mask)
aligned = np.array(aug_image)[..., 0] // 15 == np.array(aug_mask)
print("separate calls, aligned:", aligned.all())

# 2. ToTensor on the mask divides the class ids by 255
as_float = transforms.ToTensor()(mask)
print("ToTensor(mask):", [round(v, 4) for v in as_float.unique().tolist()])
print("... .long():", as_float.long().unique().tolist())
print("right way:", torch.from_numpy(np.array(mask)).long().unique().tolist())

# 3. Resize on a PIL mask interpolates bilinearly by default
resized = transforms.Resize((12, 12))(mask)
print("Resize(mask) labels:", np.unique(np.array(resized)).tolist())
nearest = transforms.Resize(
    (12, 12), interpolation=transforms.InterpolationMode.NEAREST
)(mask)
print("NEAREST labels:     ", np.unique(np.array(nearest)).tolist())
