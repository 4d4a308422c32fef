# cpu-only: trains on numbers from the CPU random generator
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(128, 20)
y = x[:, :4].sum(1, keepdim=True)  # only 4 of the 20 inputs matter


def train(lam):
    torch.manual_seed(1)  # the same initial weights for both runs
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1))
    acts = []  # the hook collects the ReLU's output (graph included)
    model[1].register_forward_hook(lambda mod, inp, out: acts.append(out))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(150):
        acts.clear()
        mse = nn.functional.mse_loss(model(x), y)
        loss = mse + lam * acts[0].abs().mean()  # L1 on activations
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acts.clear()
        mse = nn.functional.mse_loss(model(x), y)
    h = acts[0]
    near_zero = (h.abs() < 1e-3).float().mean()
    print(
        f"lam={lam}: mse {mse:.3f}  near-zero activations {near_zero:.0%}"
        f"  mean {h.mean():.3f}  |fc2.weight| {model[2].weight.norm():.2f}"
    )


train(0.0)
train(0.3)
