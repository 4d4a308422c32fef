import torch
from torch import nn

with torch.device("cpu"):  # the CPU generator on any machine
    g = torch.Generator().manual_seed(0)
    data = 2.0 + torch.randn(4096, 1, generator=g)  # true mean 2, std 1

for batch_size in (2, 8, 32, 256):
    means = data.view(-1, batch_size).mean(dim=1)  # each batch's mean
    print(
        f"batch {batch_size:3}: batch means from",
        f"{means.min().item():5.2f} to {means.max().item():4.2f},",
        f"std {means.std().item():.3f}",
    )

bn = nn.BatchNorm1d(1).train()
out = bn(torch.tensor([[1.0], [3.0]]))  # any batch of 2 -> -1, +1
print("batch of 2 normalised:", [round(v, 4) for v in out.flatten().tolist()])
# one image still gives H * W values per channel: no error
one_image = nn.BatchNorm2d(4).train()(torch.ones(1, 4, 8, 8))
print("BatchNorm2d, one 8x8 image:", tuple(one_image.shape))
print(
    "BatchNorm1d, one sample, eval():",
    tuple(bn.eval()(torch.ones(1, 1)).shape),
)
