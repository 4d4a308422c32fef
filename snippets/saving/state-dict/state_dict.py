import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, kernel_size=3)
        self.bn = nn.BatchNorm2d(8)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        x = torch.relu(self.bn(self.conv(x)))
        return self.fc(x.mean(dim=(2, 3)))


torch.manual_seed(0)
model = Net()
state = model.state_dict()  # name -> tensor: parameters and buffers, no code
for name, tensor in state.items():
    print(f"{name:<22} {str(tuple(tensor.shape)):<14} {tensor.dtype}")

torch.save(state, "net.pt")

restored = Net()  # the code comes from the class, the numbers from the file
# weights_only=True, the default, is enough
print(restored.load_state_dict(torch.load("net.pt")))
same = all(
    torch.equal(a, b)
    for a, b in zip(
        model.state_dict().values(), restored.state_dict().values()
    )
)
print("same tensors:", same)
