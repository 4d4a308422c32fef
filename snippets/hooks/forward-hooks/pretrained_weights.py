from torchvision.models import VGG16_Weights

# An enum value describes a set of pretrained weights; looking at it downloads nothing.
weights = VGG16_Weights.DEFAULT
print("DEFAULT is", weights)
print("file:", weights.url.rsplit("/", 1)[-1])
print(
    "parameters:",
    weights.meta["num_params"],
    "| classes:",
    len(weights.meta["categories"]),
)
print("class 652:", weights.meta["categories"][652])

# The preprocessing these weights were trained with: use it on your images.
print(weights.transforms())

# vgg16(weights=weights) would download the file above (about 528 MB) on first use.
