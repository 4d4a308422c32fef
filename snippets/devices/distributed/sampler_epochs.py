from torch.utils.data import DataLoader, DistributedSampler

data = list(range(10))  # any dataset with a length


def shards(epoch, set_epoch=True, dataset=data, **kwargs):
    """The indices each of 2 ranks gets in this epoch."""
    out = []
    for rank in range(2):
        s = DistributedSampler(dataset, num_replicas=2, rank=rank, **kwargs)
        if set_epoch:
            s.set_epoch(epoch)
        out.append(list(s))
    return out


print("epoch 0:", shards(0))
print("epoch 1:", shards(1))
print("epoch 1 without set_epoch:", shards(1, set_epoch=False))
print("shuffle=False:", shards(0, shuffle=False))
five = list(range(5))
print("5 samples:", shards(0, dataset=five))
print("5 samples, drop_last=True:", shards(0, dataset=five, drop_last=True))

sampler = DistributedSampler(data, num_replicas=2, rank=0)
try:
    DataLoader(data, batch_size=2, sampler=sampler, shuffle=True)
except ValueError as e:
    print(f"ValueError: {e}")
