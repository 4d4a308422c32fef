# raises TypeError
import torch

# three batches of 4 samples, 3 classes
batches = torch.arange(36.0).view(3, 4, 3).sin().unbind()
preds = [b.argmax(dim=1) for b in batches]  # one (4,) tensor per batch
print("collected:", [tuple(p.shape) for p in preds])
torch.tensor(preds)
