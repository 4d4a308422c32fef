# raises ValueError
import torch

# three batches of 4 samples, 3 classes
batches = torch.arange(36.0).view(3, 4, 3).sin().unbind()
# the probability of class 1: one (4,) tensor per batch
scores = [b.softmax(dim=1)[:, 1] for b in batches]
print("collected:", [tuple(s.shape) for s in scores])
torch.tensor(scores)
