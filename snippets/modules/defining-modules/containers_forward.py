import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 4)

# Sequential: has a forward that calls its children in order
seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
print("Sequential:", tuple(seq(x).shape), [n for n, _ in seq.named_children()])


# ModuleList: registers, but the loop in forward is yours
class Tower(nn.Module):
    def __init__(self, depth):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(4, 4) for _ in range(depth))

    def forward(self, x):
        outputs = []
        for layer in self.layers:
            x = x + torch.relu(layer(x))  # a residual step
            outputs.append(x)
        return outputs


tower = Tower(depth=3)
print("ModuleList:", [tuple(o.shape) for o in tower(x)])
try:
    tower.layers(x)
except NotImplementedError as err:
    print("  tower.layers(x) ->", f"{type(err).__name__}: {err}")


# ModuleDict: layers looked up by name
class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 8)
        self.heads = nn.ModuleDict(
            {"classify": nn.Linear(8, 5), "regress": nn.Linear(8, 1)}
        )

    def forward(self, x, task):
        return self.heads[task](torch.relu(self.body(x)))


model = TwoHeads()
print(
    "ModuleDict:",
    tuple(model(x, "classify").shape),
    tuple(model(x, "regress").shape),
)
print("  ", [n for n, _ in model.named_parameters() if n.startswith("heads")])
