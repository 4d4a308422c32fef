# cpu-only: draws with a CPU torch.Generator (fails on a CUDA default device)
from collections import Counter

import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

# A skewed data set: 900 samples of class 0, 100 of class 1.
labels = torch.cat(
    [torch.zeros(900, dtype=torch.long), torch.ones(100, dtype=torch.long)]
)
ds = TensorDataset(torch.arange(1000), labels)
print(
    "class counts in the data:", dict(sorted(Counter(labels.tolist()).items()))
)

class_counts = torch.bincount(labels)  # tensor([900, 100])
sample_weights = 1.0 / class_counts[labels].double()  # 1 / its class size
print(
    "weight of a class-0 sample:",
    round(sample_weights[0].item(), 5),
    "| of a class-1 sample:",
    sample_weights[-1].item(),
)

sampler = WeightedRandomSampler(
    sample_weights.tolist(),
    num_samples=len(ds),
    replacement=True,
    generator=torch.Generator().manual_seed(1),
)
loader = DataLoader(ds, batch_size=100, sampler=sampler, num_workers=0)

for epoch in range(2):  # the sampler draws afresh every epoch
    batches = list(loader)
    index = torch.cat([i for i, _ in batches])
    drawn = torch.cat([y for _, y in batches])
    distinct = [len(set(index[drawn == c].tolist())) for c in (0, 1)]
    print(
        f"epoch {epoch}: drawn",
        dict(sorted(Counter(drawn.tolist()).items())),
        f"| distinct samples: {distinct[0]} of 900, {distinct[1]} of 100",
    )
