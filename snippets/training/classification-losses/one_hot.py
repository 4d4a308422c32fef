import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1, 2])  # class indices, int64
one_hot = F.one_hot(labels, num_classes=4)
print("one_hot:", one_hot.tolist(), one_hot.dtype)
back = one_hot.argmax(dim=1)
print(
    "argmax(dim=1):", back.tolist(), "| round trip:", torch.equal(back, labels)
)

# without num_classes the width is labels.max() + 1: batch-dependent
print("no num_classes:", tuple(F.one_hot(labels).shape))
print("batch without class 2:", tuple(F.one_hot(torch.tensor([0, 1])).shape))

# segmentation labels (N, H, W) -> (N, H, W, C) -> (N, C, H, W)
masks = torch.tensor([[[0, 1], [2, 2]]])
per_pixel = F.one_hot(masks, num_classes=3)
print("masks", tuple(masks.shape), "-> one_hot", tuple(per_pixel.shape))
print("permute(0, 3, 1, 2):", tuple(per_pixel.permute(0, 3, 1, 2).shape))
