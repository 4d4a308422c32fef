import torch

# shape (4, 3)
scores = torch.tensor(
    [[1.0, 7.0, 2.0], [5.0, 3.0, 2.0], [2.0, 2.0, 6.0], [3.0, 3.0, 4.0]]
)

tries = {
    "(4,)   1-D index": torch.tensor([1, 0, 2, 0]),
    "(2, 1) fewer rows": torch.tensor([[1], [0]]),
    "(1, 5) longer along dim": torch.tensor([[1, 1, 0, 2, 2]]),
    "(5, 1) more rows than scores": torch.tensor([[1], [0], [2], [0], [1]]),
}
for name, index in tries.items():
    try:
        out = torch.gather(scores, 1, index)
        print(f"{name}: out shape {tuple(out.shape)} {out.tolist()}")
    except RuntimeError as err:
        print(f"{name}: RuntimeError: {err}")
