import torch

image_features = torch.zeros(4, 16)
text_features = torch.zeros(4, 8)
both = torch.cat([image_features, text_features], dim=1)
print(tuple(both.shape))
