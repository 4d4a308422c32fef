import torch
from torch import nn
from torch.export import Dim

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(8, 4),
).eval()

example = torch.randn(2, 3, 32, 32)  # batch 2: not 0 or 1
batch = Dim("batch", min=1, max=64)
ep = torch.export.export(model, (example,), dynamic_shapes=({0: batch},))

exported = ep.module()  # an nn.Module that runs the exported graph
for n in [1, 5, 64]:
    x = torch.randn(n, 3, 32, 32)
    same = torch.allclose(exported(x), model(x))
    print(f"batch {n:>2}: {list(exported(x).shape)}, same as eager: {same}")

# Outside the declared range, or a dimension that was not marked dynamic
for shape in [(65, 3, 32, 32), (2, 3, 64, 64)]:
    try:
        exported(torch.randn(shape))
    except AssertionError as err:
        print(f"{list(shape)} -> {type(err).__name__}: {err}")

torch.export.save(ep, "model.pt2")
loaded = torch.export.load("model.pt2").module()  # no model class needed
x = torch.randn(3, 3, 32, 32)
print("loaded gives the same output:", torch.equal(loaded(x), exported(x)))
