# raises AttributeError
import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(
    TensorDataset(torch.zeros(8, 3, 32, 32), torch.zeros(8)), batch_size=4
)
dataiter = iter(loader)
images, labels = dataiter.next()  # Python 2; Python 3: next(dataiter)
