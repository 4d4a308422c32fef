import torch

# three batches of 4 samples, 3 classes
batches = torch.arange(36.0).view(3, 4, 3).sin().unbind()
scores = [b.softmax(dim=1)[:, 1] for b in batches]
preds = [b.argmax(dim=1) for b in batches]

print("cat:  ", tuple(torch.cat(scores).shape))  # along the existing dim
print("stack:", tuple(torch.stack(scores).shape))  # a new dim 0
all_preds = torch.cat(preds)
print("preds:", all_preds.dtype, tuple(all_preds.shape))
print("as Python numbers:", all_preds.tolist())
