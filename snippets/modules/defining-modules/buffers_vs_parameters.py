import torch
from torch import nn


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        # learnable, saved
        self.weight = nn.Parameter(torch.tensor([1.0, 2.0]))
        # the same, by name
        self.register_parameter("bias", nn.Parameter(torch.zeros(2)))
        # not learnable, saved
        self.register_buffer("mean", torch.tensor([0.5, 0.5]))
        # not learnable, not saved
        self.register_buffer("cache", torch.zeros(2), persistent=False)
        # a plain attribute: not tracked
        self.offset = torch.tensor([10.0, 10.0])

    def forward(self, x):
        return (x - self.mean) * self.weight + self.bias + self.offset


model = Scaler()
print("parameters():", [name for name, _ in model.named_parameters()])
print("buffers():   ", [name for name, _ in model.named_buffers()])
print("state_dict():", list(model.state_dict().keys()))

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss = model(torch.tensor([1.5, 2.5])).sum()
loss.backward()
optimizer.step()
print("after one SGD step:")
for name in ["weight", "bias", "mean", "cache", "offset"]:
    print(f"  {name:6} {[round(v, 4) for v in getattr(model, name).tolist()]}")

model.double()  # like .to() and .cuda(): parameters and buffers only
print("dtypes after .double():")
for name in ["weight", "mean", "cache", "offset"]:
    print(f"  {name:6} {getattr(model, name).dtype}")
