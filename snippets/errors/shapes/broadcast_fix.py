import torch

images = torch.zeros(8, 3, 32, 32)
mean = torch.tensor([0.485, 0.456, 0.406])
print("mean:", tuple(mean.shape), "->", tuple(mean.view(3, 1, 1).shape))
print("result:", tuple((images - mean.view(3, 1, 1)).shape))

# Channels-last data needs no reshaping: C is already the last dim
print("channels-last:", tuple((images.permute(0, 2, 3, 1) - mean).shape))
