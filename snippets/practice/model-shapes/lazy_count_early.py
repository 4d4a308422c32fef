# raises ValueError
from torch import nn

model = nn.Sequential(nn.Flatten(), nn.LazyLinear(10))
# counting parameters before the first forward pass
print(sum(p.numel() for p in model.parameters()))
