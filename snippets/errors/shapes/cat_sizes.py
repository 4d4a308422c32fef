# raises RuntimeError
import torch

image_features = torch.zeros(4, 16)  # (batch, features)
text_features = torch.zeros(4, 8)
torch.cat([image_features, text_features])  # dim=0 by default
