import torch

x = torch.zeros(1024, 1024)  # 4 MiB of float32
row = x[0]  # a view: 1024 values, but x's storage
del x  # removes the name x; the storage lives on in row
print("row:", row.numel() * row.element_size(), "bytes of values")
print("storage it keeps alive:", row.untyped_storage().nbytes(), "bytes")
row = row.clone()  # a copy of its own: now the 4 MiB can go
print("after clone():", row.untyped_storage().nbytes(), "bytes")
