from torch import nn

layers = {
    "Conv2d(6, 12, 3)": nn.Conv2d(6, 12, kernel_size=3),
    "Conv2d(6, 12, (3, 5))": nn.Conv2d(6, 12, kernel_size=(3, 5)),
    "Conv2d(6, 12, 3, groups=3)": nn.Conv2d(6, 12, kernel_size=3, groups=3),
    "Conv2d(6, 6, 3, groups=6)": nn.Conv2d(  # depthwise
        6, 6, kernel_size=3, groups=6
    ),
    "Conv2d(6, 12, 1)": nn.Conv2d(6, 12, kernel_size=1),  # pointwise
}
for name, conv in layers.items():
    n = sum(p.numel() for p in conv.parameters())
    w, b = tuple(conv.weight.shape), tuple(conv.bias.shape)
    print(f"{name:27} weight {str(w):15} bias {b}  {n:>4} parameters")

try:
    nn.Conv2d(6, 12, kernel_size=3, groups=4)
except ValueError as err:
    print("groups=4:", type(err).__name__ + ":", err)
