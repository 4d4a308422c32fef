import torch
from torch.utils.data import DataLoader, TensorDataset

images = (
    torch.arange(10 * 3 * 4 * 4, dtype=torch.float32).reshape(10, 3, 4, 4)
    / 480
)
labels = torch.tensor([0, 1, 0, 1, 1, 0, 0, 1, 0, 1])
loader = DataLoader(
    TensorDataset(images, labels), batch_size=4, shuffle=False, num_workers=0
)

batch_images, batch_labels = next(iter(loader))  # one batch, no loop
print("images:", tuple(batch_images.shape), batch_images.dtype)
print("labels:", batch_labels.tolist())
print(
    "batches per epoch:", len(loader), "| sizes:", [len(y) for _, y in loader]
)
