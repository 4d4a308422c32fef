# raises AttributeError
import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(
    TensorDataset(torch.zeros(8, 3), torch.zeros(8)),
    batch_size=4,
    num_workers=0,
)
dataiter = iter(loader)
images, labels = dataiter.next()  # it has __next__, not .next()
