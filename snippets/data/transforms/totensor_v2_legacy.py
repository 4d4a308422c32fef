# warns UserWarning
from torchvision.transforms import v2

to_tensor = v2.ToTensor()  # use ToImage + ToDtype(scale=True)
