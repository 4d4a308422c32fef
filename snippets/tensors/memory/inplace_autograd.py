# cpu-only: the error message names the CPU tensor type (torch.FloatTensor)
import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
out = torch.sigmoid(x)  # sigmoid's backward needs its own output
out += 1  # ... which this line overwrites
try:
    out.sum().backward()
except RuntimeError as err:
    print("RuntimeError:", err)

out = torch.sigmoid(x)
out = out + 1  # out-of-place: the saved output stays intact
out.sum().backward()
print("x.grad with out = out + 1:", [round(g, 4) for g in x.grad.tolist()])
