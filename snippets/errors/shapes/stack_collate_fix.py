import torch
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2


class Photos(Dataset):
    sizes = [(32, 32), (28, 28), (32, 40), (32, 32)]

    def __init__(self, transform):
        self.transform = transform

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, i):
        return self.transform(torch.zeros(3, *self.sizes[i]))


loader = DataLoader(Photos(v2.Resize((32, 32))), batch_size=2)
for batch in loader:
    print(tuple(batch.shape))
