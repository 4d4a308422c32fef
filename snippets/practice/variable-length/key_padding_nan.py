import torch
from torch import nn

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
attn = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
attn = attn.to(device)
x = torch.randn(2, 5, 8, device=device)
lengths = torch.tensor([3, 0], device=device)  # the second one is empty
pad = torch.arange(5, device=device) >= lengths[:, None]

out, _ = attn(x, x, x, key_padding_mask=pad)
print("NaN per sequence:", torch.isnan(out).any(dim=(1, 2)).tolist())

# zeroing the padded outputs afterwards hides the NaN, not in the gradients
loss = out.masked_fill(pad[..., None], 0).sum()
loss.backward()
grad = attn.in_proj_weight.grad
print(
    "loss is NaN:",
    loss.isnan().item(),
    "| grad has NaN:",
    grad.isnan().any().item(),
)

# fix: let each all-padding row see one key, then drop those outputs
attn.zero_grad()
safe = pad.clone()
safe[pad.all(dim=1), 0] = False
out, _ = attn(x, x, x, key_padding_mask=safe)
out = out.masked_fill(pad[..., None], 0)
out.sum().backward()
grad = attn.in_proj_weight.grad
print(
    "fixed: output NaN:",
    out.isnan().any().item(),
    "| grad NaN:",
    grad.isnan().any().item(),
)
