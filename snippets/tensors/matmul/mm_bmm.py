import torch

a, b = torch.ones(3, 4), torch.ones(4, 6)
print("mm:  (3, 4) x (4, 6) ->", tuple(torch.mm(a, b).shape))
x, y = torch.ones(10, 3, 4), torch.ones(10, 4, 6)
print("bmm: (10, 3, 4) x (10, 4, 6) ->", tuple(torch.bmm(x, y).shape))

refused = [
    ("mm,  a 3-D tensor", lambda: torch.mm(x, b)),
    ("mm,  a vector", lambda: torch.mm(a, torch.ones(4))),
    ("bmm, a 2-D tensor", lambda: torch.bmm(x, b)),
    ("bmm, batch 10 vs 1", lambda: torch.bmm(x, torch.ones(1, 4, 6))),
]
for what, call in refused:
    try:
        call()
    except RuntimeError as err:
        print(f"{what}: RuntimeError: {err}")
