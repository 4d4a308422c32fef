# raises RuntimeError
import torch

pred = torch.tensor([1, 0, 2])
target = torch.tensor([1, 1, 2])
if pred == target:  # three answers, not one
    print("all correct")
