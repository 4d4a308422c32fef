import torch
from torch import nn

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
attn = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
attn = attn.to(device)
x = torch.randn(2, 5, 8, device=device)  # 2 sequences padded to 5 steps
lengths = torch.tensor([3, 5], device=device)

# True = padding = "ignore this key"
pad = torch.arange(5, device=device) >= lengths[:, None]
print("key_padding_mask:", pad.int().tolist())
out, weights = attn(x, x, x, key_padding_mask=pad)
print("attention paid to padded keys:", weights[0, :, 3:].sum().item())

real = x[:1, :3]  # the first sequence without its padding
alone, _ = attn(real, real, real)
print(
    "same as the sequence alone:",
    torch.allclose(out[0, :3], alone[0], atol=1e-5),
)

# the length mask (True = real) passed as it is: the opposite
wrong, wrong_weights = attn(x, x, x, key_padding_mask=~pad)
print(
    "True = real, same as alone:",
    torch.allclose(wrong[0, :3], alone[0], atol=1e-5),
)
print("attention paid to real keys:", wrong_weights[0, :, :3].sum().item())
