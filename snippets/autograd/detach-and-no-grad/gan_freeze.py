import torch
from torch import nn

torch.manual_seed(0)
G = nn.Linear(4, 3)  # a tiny "generator": noise (4) -> sample (3)
D = nn.Linear(3, 1)  # a tiny "discriminator": sample (3) -> score (1)
z = torch.randn(8, 4)
real = torch.randn(8, 3)
bce = nn.BCEWithLogitsLoss()
ones, zeros = torch.ones(8, 1), torch.zeros(8, 1)


def got_grads(net):  # [weight, bias]
    return ["yes" if p.grad is not None else "no" for p in net.parameters()]


def report(title):
    print(f"{title:<34} G: {got_grads(G)}  D: {got_grads(D)}")
    G.zero_grad()
    D.zero_grad()


# 1) D step: the fake batch is just data to D, so cut it off from G
fake = G(z)
d_loss = bce(D(real), ones) + bce(D(fake.detach()), zeros)
d_loss.backward()
report("D step, fake.detach():")

# 2) G step: the gradient flows THROUGH D to G; D's parameters are frozen
D.requires_grad_(False)
g_loss = bce(D(G(z)), ones)
g_loss.backward()
report("G step, D.requires_grad_(False):")
D.requires_grad_(True)

# 3) the mistake: detach in the G step; G learns nothing, D gets a gradient
bce(D(G(z).detach()), ones).backward()
report("G step with G(z).detach() (wrong):")
