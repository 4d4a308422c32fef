# cpu-only: draws with a CPU torch.Generator (fails on a CUDA default device)
import torch
from torch.utils.data import DataLoader, SequentialSampler, TensorDataset

ds = TensorDataset(torch.arange(10))

plain = DataLoader(ds, batch_size=5, num_workers=0)
shuffled = DataLoader(
    ds,
    batch_size=5,
    shuffle=True,
    num_workers=0,
    generator=torch.Generator().manual_seed(0),
)
print("shuffle=False ->", type(plain.sampler).__name__)
print("shuffle=True  ->", type(shuffled.sampler).__name__)

print("sequential order:", list(SequentialSampler(ds)))
for epoch in range(2):
    print(f"epoch {epoch} batches:", [batch[0].tolist() for batch in shuffled])
