import torch

num_classes = 3
labels = torch.tensor([0, 2, 3, 1])  # check before .to("cuda")
bad = (labels < 0) | (labels >= num_classes)
print(
    "labels out of range:",
    labels[bad].tolist(),
    "at",
    bad.nonzero().flatten().tolist(),
)
