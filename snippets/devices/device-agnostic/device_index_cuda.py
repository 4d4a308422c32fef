# cuda-only: a tensor must really be on a GPU to get its device index
import torch

x = torch.ones(2, device="cuda")  # "cuda" means the current GPU
print("x.device:", x.device)
print('x.device == torch.device("cuda"):', x.device == torch.device("cuda"))
print(
    "x.device.type == 'cuda':",
    x.device.type == "cuda",
    "| is_cuda:",
    x.is_cuda,
)

index = torch.cuda.current_device()  # an int, 0 unless changed
current = torch.device("cuda", index)
print(
    "current_device():", index, "| x.device == current:", x.device == current
)
