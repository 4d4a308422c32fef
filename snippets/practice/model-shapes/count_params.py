from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(16, 10),
)
model[0].requires_grad_(False)  # freeze the first conv


def count(params):
    return sum(p.numel() for p in params)


total = count(model.parameters())
trainable = count(p for p in model.parameters() if p.requires_grad)
print(
    f"total {total:,} | trainable {trainable:,} | frozen {total - trainable:,}"
)
for name, p in model.named_parameters():
    print(f"  {name:<9} {str(tuple(p.shape)):<14} {p.numel():>4}")
# buffers (BatchNorm's running statistics) are not parameters
print("buffers:", count(model.buffers()))
