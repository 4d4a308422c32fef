# cpu-only: the flip and the crop draw from the CPU random generator
from itertools import zip_longest

import torch
from torchvision import tv_tensors
from torchvision.transforms import v2

# an 8x8 mask with class 7 (car) and class 15 (person)
mask = torch.zeros(8, 8, dtype=torch.uint8)
mask[1:4, 1:3] = 7
mask[5:7, 4:8] = 15
image = (mask * 15).expand(3, 8, 8).clone()  # painted from the mask
boxes = [[1, 1, 3, 4], [4, 5, 8, 7]]  # x1, y1, x2, y2 of each object

image = tv_tensors.Image(image)
mask = tv_tensors.Mask(mask)
boxes = tv_tensors.BoundingBoxes(boxes, format="XYXY", canvas_size=(8, 8))

augment = v2.Compose([v2.RandomHorizontalFlip(p=0.5), v2.RandomCrop(6)])
torch.manual_seed(0)
out_image, out_mask, out_boxes = augment(image, mask, boxes)  # one call


def rows(m):
    return [" ".join({0: ".", 7: "c", 15: "p"}[v] for v in r) for r in m]


print("mask before       after (flipped, cropped)")
for a, b in zip_longest(rows(mask.tolist()), rows(out_mask.tolist())):
    print(f"{a}   {b or ''}".rstrip())
print("types:", [type(t).__name__ for t in (out_image, out_mask, out_boxes)])
print("boxes after:", out_boxes.tolist())
print("image red // 15 == mask:", torch.equal(out_image[0] // 15, out_mask))
same = all(
    torch.equal(i[0] // 15, m)
    for i, m, _ in (augment(image, mask, boxes) for _ in range(200))
)
print("aligned in 200 more random draws:", same)

# resizing: bilinear for the image, nearest for the mask
big_image, big_mask = v2.Resize((12, 12))(image, mask)
print("resized image values:", big_image[0].unique().tolist())
print("resized mask values: ", big_mask.unique().tolist())

# float and normalised image; the mask stays integer labels
to_model = v2.Compose(
    [
        v2.ToDtype(
            {
                tv_tensors.Image: torch.float32,
                tv_tensors.Mask: torch.int64,
                "others": None,
            },
            scale=True,
        ),
        v2.Normalize(mean=[0.5, 0.5, 0.5], std=[0.5, 0.5, 0.5]),
    ]
)
x, y = to_model(out_image, out_mask)
print("image:", x.dtype, "mask:", y.dtype, y.unique().tolist())
