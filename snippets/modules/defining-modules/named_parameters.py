import torch
from torch import nn


class SmallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(8 * 4 * 4, 10))

    def forward(self, x):
        return self.head(torch.relu(self.bn(self.conv(x))))


model = SmallNet()
for name, p in model.named_parameters():
    print(
        f"{name:15} {str(tuple(p.shape)):15} requires_grad={p.requires_grad}"
    )

print(
    "parameters() yields",
    len(list(model.parameters())),
    "tensors,",
    sum(p.numel() for p in model.parameters()),
    "numbers in all",
)
print("output:", tuple(model(torch.zeros(2, 3, 4, 4)).shape))


# Only attributes that are modules, Parameters or buffers are registered.
class ListOfLayers(nn.Module):
    def __init__(self):
        super().__init__()
        self.plain = [nn.Linear(4, 4), nn.Linear(4, 4)]  # invisible
        self.tracked = nn.ModuleList([nn.Linear(4, 4), nn.Linear(4, 4)])


print([name for name, _ in ListOfLayers().named_parameters()])
