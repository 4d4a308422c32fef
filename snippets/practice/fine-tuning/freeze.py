import torch
from torch import nn
from torchvision.models import resnet18

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = resnet18(weights=None)  # in practice: pretrained weights
model.requires_grad_(False)  # freeze everything ...
model.fc = nn.Linear(model.fc.in_features, 3)  # ... a new head is trainable
model.to(device)

trainable = [p for p in model.parameters() if p.requires_grad]
optimizer = torch.optim.SGD(trainable, lr=0.1, momentum=0.9)
print(
    "trainable tensors:", len(trainable), "of", len(list(model.parameters()))
)
print("trainable numbers:", sum(p.numel() for p in trainable))

conv_before = model.conv1.weight.clone()
fc_before = model.fc.weight.clone()
x = torch.randn(2, 3, 16, 16, device=device)
loss = nn.functional.cross_entropy(
    model(x), torch.tensor([0, 2], device=device)
)
loss.backward()
optimizer.step()
print("conv1 has a grad:", model.conv1.weight.grad is not None)
print("conv1 changed:", not torch.equal(conv_before, model.conv1.weight))
print("fc changed:   ", not torch.equal(fc_before, model.fc.weight))
