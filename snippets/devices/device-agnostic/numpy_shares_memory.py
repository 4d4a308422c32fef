import torch

t = torch.zeros(3, device="cpu")  # a CPU tensor: .cpu() has nothing to copy
arr = t.cpu().numpy()
arr[0] = 7.0
print("CPU tensor after writing to the array:", t.tolist())

safe = t.detach().cpu().numpy().copy()  # an array of its own
safe[1] = 9.0
print("after writing to the copy:           ", t.tolist())
