import torch

for dtype in (torch.float16, torch.bfloat16, torch.float32):
    info = torch.finfo(dtype)
    print(
        f"{str(dtype):<15} max {info.max:<11g} "
        f"smallest normal {info.tiny:<9.3g} eps {info.eps:.3g}"
    )

x = torch.tensor([1 / 3, 70000.0, 1e-8])
for dtype in (torch.float16, torch.bfloat16):
    print(f"{str(dtype):<15}", x.to(dtype).tolist())
