# cpu-only: prints CPU random numbers
import torch

# The classic example as it is: seed 1, then a 3x4 uniform random tensor
torch.manual_seed(1)
a = torch.rand(3, 4)
values, indices = torch.max(a, dim=1)  # one maximum per row

print("a:", tuple(a.shape))
print(a)
print("values: ", tuple(values.shape), values)
print("indices:", tuple(indices.shape), indices)
