# warns FutureWarning
import torch


def gate(x):
    if x.sum() > 0:  # depends on the data, not on the shape
        return x * 2
    return torch.zeros_like(x)


pos = torch.tensor([1.0, 2.0])
neg = torch.tensor([-1.0, -2.0])
traced = torch.jit.trace(gate, (pos,))  # records only the branch it ran
scripted = torch.jit.script(gate)  # compiles the if statement

for name, fn in [("eager", gate), ("trace", traced), ("script", scripted)]:
    print(f"{name:<6} pos -> {fn(pos).tolist()}, neg -> {fn(neg).tolist()}")
print(traced.code)
