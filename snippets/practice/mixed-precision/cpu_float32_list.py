# cpu-only: CUDA's autocast runs these ops in float32; the CPU's keeps bf16
import torch
import torch.nn.functional as F

x = torch.randn(4, 8)
w = torch.randn(3, 8)

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    logits = F.linear(x, w)
    print("linear     ", logits.dtype)
    print("softmax    ", F.softmax(logits, dim=1).dtype)
    print("log_softmax", F.log_softmax(logits, dim=1).dtype)
    print("layer_norm ", F.layer_norm(logits, (3,)).dtype)
    print("sum        ", logits.sum().dtype)
    print("exp        ", logits.exp().dtype)
    # ask for float32 yourself where it matters
    probs = F.softmax(logits.float(), dim=1)
    print("softmax of .float()", probs.dtype)
