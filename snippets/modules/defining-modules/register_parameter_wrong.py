# cpu-only: the error message names the CPU tensor type (torch.FloatTensor)
import torch
from torch import nn

model = nn.Module()
for call in [
    # a common slip: no name
    lambda: model.register_parameter(nn.Parameter(torch.ones(2))),
    # a name, but a plain tensor
    lambda: model.register_parameter("w", torch.ones(2)),
]:
    try:
        call()
    except TypeError as err:
        print(type(err).__name__ + ":", err)

# a name and a Parameter
model.register_parameter("w", nn.Parameter(torch.ones(2)))
print([name for name, _ in model.named_parameters()])
