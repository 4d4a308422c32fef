import torch
import torch.nn.functional as F
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
out = torch.tensor(
    [[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.3, 0.0], [1.0, 1.0, 3.0, 0.2]]
)
label = torch.tensor([0, 1, 3])

criterion = nn.CrossEntropyLoss()
a = criterion(out, label)
b = nn.CrossEntropyLoss()(out, label)  # build and call in one line
c = F.cross_entropy(out, label)
print(
    f"{a.item():.4f} {b.item():.4f} {c.item():.4f}",
    f"| identical: {torch.equal(a, c)}",
)

# The module only stores its options; the call runs F.cross_entropy with them.
weight = torch.tensor([1.0, 2.0, 1.0, 0.5])
criterion = nn.CrossEntropyLoss(weight=weight, label_smoothing=0.1)
print("weight is a buffer:", [name for name, _ in criterion.named_buffers()])
same = F.cross_entropy(out, label, weight=weight, label_smoothing=0.1)
print(
    "module with options == functional with the same arguments:",
    torch.equal(criterion(out, label), same),
)
criterion.to(device)  # a buffer follows .to(), like a model's weights
print(
    "weight moved with the module:",
    criterion.weight.device.type == device.type,
)
