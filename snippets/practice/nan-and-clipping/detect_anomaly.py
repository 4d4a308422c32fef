import warnings

import torch

a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = torch.tensor([[1.0, 2.0], [0.0, 0.0]])  # row 0 equals a's row 0


def distance(a, b):
    return ((a - b) ** 2).sum(dim=1).sqrt()


distance(a, b).mean().backward()
print("distances:", distance(a, b).tolist())
print(
    "a.grad:", [[round(g, 2) for g in row] for row in a.grad.tolist()]
)  # NaN, no error

a.grad = None
# anomaly mode announces itself and reports through warnings: catch them
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        loss = distance(a, b).mean()
        try:
            loss.backward()
        except RuntimeError as err:
            print("RuntimeError:", err)

report = [str(w.message) for w in caught if "Error detected" in str(w.message)]
lines = report[0].splitlines()
print(lines[0])
# the forward traceback ends in the line of our code that made the op
here = f'File "{__file__}"'
last = max(i for i, line in enumerate(lines) if here in line)
print("   ", lines[last].split(", ", 1)[1], "->", lines[last + 1].strip())

# the fix: a norm whose gradient at 0 is defined (0)
a.grad = None
torch.linalg.vector_norm(a - b, dim=1).mean().backward()
print(
    "vector_norm's a.grad:",
    [[round(g, 2) for g in row] for row in a.grad.tolist()],
)
