import torch
from torch.utils.data import DataLoader, Dataset


class Detection(Dataset):
    """Images of one size; each has its own number of boxes."""

    num_boxes = [1, 2, 0, 3]

    def __len__(self):
        return len(self.num_boxes)

    def __getitem__(self, i):
        image = torch.zeros(3, 32, 32)
        n = self.num_boxes[i]
        # one row per box: x1, y1, x2, y2, class
        target = torch.tensor([[2.0, 2.0, 10.0, 10.0, 1.0]]).repeat(n, 1)
        return image, target


try:
    next(iter(DataLoader(Detection(), batch_size=2)))
except RuntimeError as err:
    print("default collate:", err)


def collate(batch):
    images, targets = zip(*batch)
    return torch.stack(images), list(targets)  # targets stay a list


for images, targets in DataLoader(
    Detection(), batch_size=2, collate_fn=collate
):
    print(tuple(images.shape), [tuple(t.shape) for t in targets])
