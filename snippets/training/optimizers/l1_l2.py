import torch

x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
y = torch.tensor([1.0, -1.0])
w0 = torch.tensor([1.0, -2.0, 0.5])
lam, lr = 0.1, 0.1


def sgd_step(weight_decay=0.0, penalty=None):
    """One SGD step from w0; returns the new weights."""
    w = w0.clone().requires_grad_()
    optimizer = torch.optim.SGD([w], lr=lr, weight_decay=weight_decay)
    loss = ((x @ w - y) ** 2).mean()
    if penalty is not None:
        loss = loss + penalty(w)
    loss.backward()
    optimizer.step()
    return w.detach()


plain = sgd_step()
steps = {
    "weight_decay=0.1": sgd_step(weight_decay=lam),
    "L2 by hand, lam/2 * sum(w**2)": sgd_step(
        penalty=lambda w: lam / 2 * w.pow(2).sum()
    ),
    "L2 without the 1/2": sgd_step(penalty=lambda w: lam * w.pow(2).sum()),
    "L1 by hand, lam * sum(|w|)": sgd_step(
        penalty=lambda w: lam * w.abs().sum()
    ),
}
print("w0:", w0.tolist())
print("extra step from the penalty (new w minus plain SGD's new w):")
for name, w in steps.items():
    print(f"  {name:30} {[round(v, 4) for v in (w - plain).tolist()]}")
print(
    "weight_decay == L2 by hand:",
    torch.allclose(steps["weight_decay=0.1"], steps[list(steps)[1]]),
)
