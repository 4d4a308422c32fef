# legacy: warns UserWarning
from torchvision.transforms import v2

to_tensor = (
    v2.ToTensor()
)  # deprecated in transforms.v2: use ToImage + ToDtype(scale=True)
