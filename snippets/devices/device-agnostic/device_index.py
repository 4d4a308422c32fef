import torch

# No GPU is needed to make or compare torch.device objects.
cuda, cuda0 = torch.device("cuda"), torch.device("cuda:0")
print(repr(cuda), "index:", cuda.index)
print(repr(cuda0), "index:", cuda0.index)
print('device("cuda") == device("cuda:0"):', cuda == cuda0)
print(
    'device("cuda", 0) == device("cuda:0"):', torch.device("cuda", 0) == cuda0
)
print("same type:", cuda.type == cuda0.type)

# A device is not a string: comparing with one is always False.
cpu = torch.device("cpu")
print('device("cpu") == "cpu":', cpu == "cpu")
print('device("cpu") == device("cpu"):', cpu == torch.device("cpu"))
print('device("cpu").type == "cpu":', cpu.type == "cpu")
