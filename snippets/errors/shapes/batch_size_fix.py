import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.MaxPool2d(2))
images = torch.randn(8, 3, 16, 16)
labels = torch.randint(0, 10, (8,))

features = conv(images)
flat = features.flatten(1)  # keeps dimension 0, the batch
print("flat:", tuple(flat.shape))
fc = nn.Linear(flat.shape[1], 10)  # in_features from the real size
logits = fc(flat)
print("logits:", tuple(logits.shape), " labels:", tuple(labels.shape))
loss = nn.functional.cross_entropy(logits, labels)
print("loss is a number:", loss.ndim == 0)
