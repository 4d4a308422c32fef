import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(3, 2).to(device)
torch.save(model.state_dict(), "checkpoint.pth")  # records each device

# Without map_location, tensors go back to the device in the file.
state = torch.load("checkpoint.pth")
print(
    "default: back on the device it was saved from:",
    state["weight"].device == model.weight.device,
)

# map_location: a string, a torch.device, a dict or a function
seen = []


def to_cpu(storage, location):
    seen.append(location)  # "cpu" or "cuda:0": where the tensor was saved from
    return storage  # storages arrive on the CPU; return them as they are


for how in ["cpu", torch.device("cpu"), {"cuda:0": "cpu"}, to_cpu]:
    state = torch.load("checkpoint.pth", map_location=how)
    label = how.__name__ if callable(how) else repr(how)
    print(f"map_location={label:<24} -> {state['weight'].device.type}")
print("the function saw a location for each tensor:", len(seen))

# load_state_dict copies into the model's own tensors: it stays put.
cpu_model = nn.Linear(3, 2, device="cpu")
cpu_model.load_state_dict(torch.load("checkpoint.pth", map_location="cpu"))
print("cpu_model on:", cpu_model.weight.device.type)
