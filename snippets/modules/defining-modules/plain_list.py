import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, wrap):
        super().__init__()
        self.blocks = wrap([nn.Linear(4, 4), nn.Linear(4, 4)])
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        for block in self.blocks:
            x = torch.relu(block(x))
        return self.head(x)


x = torch.randn(3, 4)
for wrap in (list, nn.ModuleList):
    torch.manual_seed(0)
    model = Net(wrap)
    params = list(model.parameters())
    opt = torch.optim.SGD(params, lr=0.1)
    before = model.blocks[0].weight.clone()
    model(x).sum().backward()  # the forward pass works either way
    opt.step()
    print(f"blocks = {wrap.__name__}([...]):")
    print("  parameters():", len(params), "tensors")
    print("  state_dict():", list(model.state_dict())[:3], "...")
    print(
        "  optimizer sees:",
        sum(len(g["params"]) for g in opt.param_groups),
        "| blocks[0] updated by step():",
        not torch.equal(model.blocks[0].weight, before),
    )
    model.double()  # .to(dtype) and .to(device) walk the same tree
    print(
        "  after .double(): blocks[0].weight is", model.blocks[0].weight.dtype
    )
    try:
        model(x.double())
    except RuntimeError as err:
        print("  RuntimeError:", err)
