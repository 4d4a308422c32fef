import torch

x = torch.arange(6.0).view(2, 3)
u = x.unsqueeze(1)  # you name the position of the new axis
v = x.view(2, 1, 3)  # you spell out the whole shape
print(
    "unsqueeze(1):",
    tuple(u.shape),
    " view(2, 1, 3):",
    tuple(v.shape),
    " equal:",
    torch.equal(u, v),
)
print(
    "both share x's memory:",
    u.data_ptr() == x.data_ptr(),
    v.data_ptr() == x.data_ptr(),
)

t = x.t()  # not contiguous; a size-1 axis still fits any strides
print(
    "t.unsqueeze(0):",
    tuple(t.unsqueeze(0).shape),
    " t.view(1, 3, 2):",
    tuple(t.view(1, 3, 2).shape),
)

# Everyday use: one image (C, H, W) -> a batch of one (1, C, H, W)
image = torch.zeros(3, 8, 8)
conv = torch.nn.Conv2d(3, 4, kernel_size=3, padding=1)
out = conv(image.unsqueeze(0))
print(
    "image:",
    tuple(image.shape),
    "-> batch:",
    tuple(image.unsqueeze(0).shape),
    "-> conv:",
    tuple(out.shape),
)

# A regression head gives (batch, 1); squeeze() also eats a batch of one
for batch in (4, 1):
    pred = torch.zeros(batch, 1)
    print(
        f"pred {tuple(pred.shape)}: squeeze() -> {tuple(pred.squeeze().shape)}"
        f", squeeze(1) -> {tuple(pred.squeeze(1).shape)}"
    )
