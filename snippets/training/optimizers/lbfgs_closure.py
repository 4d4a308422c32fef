import torch


def rosenbrock(p):  # minimum 0 at (1, 1)
    x, y = p
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


point = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.LBFGS(
    [point], lr=1, max_iter=20, line_search_fn="strong_wolfe"
)
calls = 0


def closure():
    """Re-evaluate the loss and its gradient at the current point."""
    global calls
    calls += 1
    optimizer.zero_grad()
    loss = rosenbrock(point)
    loss.backward()
    return loss


for step in range(1, 4):
    before = calls
    returned = optimizer.step(closure)
    with torch.no_grad():
        now = rosenbrock(point)
    print(
        f"step {step}: closure called {calls - before:2d} times,",
        f"step() returned {returned.item():.4f},",
        f"loss now {now.item():.4f},",
        "point",
        [round(v, 4) for v in point.tolist()],
    )
