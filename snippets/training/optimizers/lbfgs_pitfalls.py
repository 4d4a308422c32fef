import torch


def rosenbrock(p):
    x, y = p
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


point = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.LBFGS([point], line_search_fn="strong_wolfe")
try:
    optimizer.step()  # the SGD habit: no closure
except TypeError as err:
    print("TypeError:", err)


def closure_without_zero_grad():
    loss = rosenbrock(point)
    loss.backward()  # adds to the gradient of the previous call
    return loss


for _ in range(5):
    optimizer.step(closure_without_zero_grad)
with torch.no_grad():
    print(f"no zero_grad, after 5 steps: loss {rosenbrock(point).item():.4f}")
