from torchvision.models import VGG16_Weights

# An enum value describes pretrained weights; reading it downloads nothing.
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

# Inference preprocessing, not the random crops and flips of training:
print(weights.transforms())

# vgg16(weights=weights) would download that file (528 MB) on first use.
