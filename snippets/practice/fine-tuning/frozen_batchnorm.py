import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
backbone = nn.Sequential(  # stands in for a pretrained network
    nn.Conv2d(3, 8, 3, padding=1),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
)
model = nn.Sequential(backbone, nn.Linear(8, 3)).to(device)
backbone.requires_grad_(False)
bn = backbone[1]
x = torch.randn(4, 3, 8, 8, device=device)


def running_mean_moves():
    before = bn.running_mean.clone()
    model(x)
    return not torch.equal(before, bn.running_mean)


model.train()
print("requires_grad:", bn.weight.requires_grad)
print("train(): running_mean changes:", running_mean_moves())
print("num_batches_tracked:", bn.num_batches_tracked.item())


def freeze_batchnorm(module):
    for m in module.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            m.eval()


model.train()
freeze_batchnorm(backbone)  # again after every model.train()
print("BatchNorm in eval(): running_mean changes:", running_mean_moves())
print("head still training:", model[1].training)
