import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]])
target = torch.tensor([0, 2])

criterion = nn.CrossEntropyLoss()  # build once (options go here), then call
print("nn.CrossEntropyLoss():", round(criterion(logits, target).item(), 4))
print(
    "F.cross_entropy:      ", round(F.cross_entropy(logits, target).item(), 4)
)

# A layer with weights: the module owns them; F.linear is given them.
torch.manual_seed(0)
fc = nn.Linear(3, 2)
print(
    "nn.Linear == F.linear:",
    torch.equal(fc(logits), F.linear(logits, fc.weight, fc.bias)),
)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)
        self.drop = nn.Dropout(p=0.5)  # model.eval() switches it off

    def forward(self, x):
        return self.drop(F.relu(self.fc(x)))  # F.relu: no state, no mode


net = Net()
print("submodules:", [name for name, _ in net.named_children()])
print("parameters:", [name for name, _ in net.named_parameters()])
