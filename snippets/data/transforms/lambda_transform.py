import torch
from PIL import Image
from torchvision import transforms, tv_tensors
from torchvision.transforms import v2

# a 4x4 grey ramp, dark at the top, light at the bottom
img = Image.linear_gradient("L").resize((4, 4))
noise_gen = torch.Generator().manual_seed(0)  # the noise's own generator


def add_noise(x, std=0.05):
    noise = torch.randn(x.shape, generator=noise_gen, device=x.device) * std
    return (x + noise).clamp(0, 1)


pipeline = transforms.Compose(
    [
        transforms.ToTensor(),
        transforms.Lambda(lambda x: (x > 0.5).float()),  # a binary mask
    ]
)
mask = pipeline(img)
print("threshold:", tuple(mask.shape), mask[0, :, 0].tolist())

noisy = transforms.Compose(
    [transforms.ToTensor(), transforms.Lambda(add_noise)]
)(img)
print("noise:", [round(v, 3) for v in noisy[0, :, 0].tolist()])

# v2.Lambda: name the types to touch, or it changes labels too.
only_images = v2.Lambda(lambda x: 1 - x, tv_tensors.Image)
everything = v2.Lambda(lambda x: 1 - x)
image = v2.ToDtype(torch.float32, scale=True)(v2.ToImage()(img))
label = 1
out_image, out_label = only_images(image, label)
print(
    "v2.Lambda(fn, Image):",
    [round(v, 3) for v in out_image[0, :, 0].tolist()],
    "label:",
    out_label,
)
print("v2.Lambda(fn):        label:", everything(image, label)[1])
