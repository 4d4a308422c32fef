# cpu-only: shows what torch.load says on a machine without CUDA
import zipfile

import torch

# The file a GPU machine would write: storages recorded on "cuda:0"
torch.save({"weight": torch.arange(6.0).reshape(2, 3)}, "cpu.pth")
with zipfile.ZipFile("cpu.pth") as src, zipfile.ZipFile("gpu.pth", "w") as dst:
    for name in src.namelist():
        data = src.read(name)
        if name.endswith("data.pkl"):  # holds each storage's location
            data = data.replace(
                b"X\x03\x00\x00\x00cpu", b"X\x06\x00\x00\x00cuda:0"
            )
        dst.writestr(name, data)

try:
    torch.load("gpu.pth")
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

state = torch.load("gpu.pth", map_location="cpu")
print(state["weight"].device, state["weight"].tolist())
