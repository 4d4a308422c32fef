import torch

pred = torch.tensor([1, 0, 2])
target = torch.tensor([1, 1, 2])
correct = pred == target
print("per sample:", correct.tolist())
print("all correct:", correct.all().item())
print("any correct:", correct.any().item())
print("accuracy:", round(correct.float().mean().item(), 4))

# and / or / not ask for one answer too: use & | ~ element by element
mask = (pred > 0) & (target > 0)
print("both positive:", mask.tolist())
