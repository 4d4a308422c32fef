import torch

# A meta tensor has a shape and a dtype but no memory:
# ask what a shape costs before you allocate it
for shape in [(2**30, 2**30), (50_000, 50_000), (64, 3, 224, 224)]:
    t = torch.empty(shape, device="meta")
    gib = t.numel() * t.element_size() / 2**30
    print(f"{str(shape):20} float32: {gib:>14,.3f} GiB")
