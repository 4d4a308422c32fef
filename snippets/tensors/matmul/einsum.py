import torch

torch.manual_seed(0)
q = torch.randn(8, 5, 16)  # (batch, queries, features)
k = torch.randn(8, 7, 16)  # (batch, keys, features)

scores_bmm = torch.bmm(q, k.transpose(1, 2))
scores_einsum = torch.einsum("bqd,bkd->bqk", q, k)
print("bmm + transpose:", tuple(scores_bmm.shape))
print("einsum:         ", tuple(scores_einsum.shape))
print("allclose:", torch.allclose(scores_bmm, scores_einsum, atol=1e-5))

# more einsum strings: the letters say which dims pair up
a, b = torch.randn(3, 4), torch.randn(4, 6)
print(
    "ij,jk->ik (a @ b): ",
    torch.allclose(torch.einsum("ij,jk->ik", a, b), a @ b, atol=1e-5),
)
print("ij->ji (a.T):      ", torch.equal(torch.einsum("ij->ji", a), a.T))
print("ii->i (diagonal):  ", torch.einsum("ii->i", torch.eye(3)).tolist())
