# cpu-only: draws with a CPU torch.Generator (fails on a CUDA default device)
import torch
from torch.utils.data import RandomSampler, WeightedRandomSampler

n = 10
data = list(range(n))  # any object with a len() will do as the data source
random_order = list(
    RandomSampler(data, generator=torch.Generator().manual_seed(0))
)
print("RandomSampler:", random_order)
print(
    "  a permutation of 0..9:",
    sorted(random_order) == data,
    "| repeats:",
    len(random_order) - len(set(random_order)),
)

weighted = list(
    WeightedRandomSampler(
        [1.0] * n,
        num_samples=n,
        replacement=True,
        generator=torch.Generator().manual_seed(0),
    )
)
print("WeightedRandomSampler(replacement=True):", weighted)
print(
    "  repeats:",
    len(weighted) - len(set(weighted)),
    "| never drawn:",
    sorted(set(data) - set(weighted)),
)
