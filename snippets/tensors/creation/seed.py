import torch

torch.manual_seed(0)
a = torch.rand(3)
b = torch.rand(3)  # the generator has moved on: new numbers
torch.manual_seed(0)
c = torch.rand(3)  # reseeded: the sequence starts again
print("a == c (same seed again):", torch.equal(a, c))
print("a == b (the next draw):  ", torch.equal(a, b))

# A private generator: its own stream, whatever else draws from the global one
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
g1 = torch.Generator(device=device).manual_seed(42)
g2 = torch.Generator(device=device).manual_seed(42)
x = torch.rand(3, generator=g1, device=device)
torch.rand(1000)  # other code uses the global generator in between
y = torch.rand(3, generator=g2, device=device)
print("x == y (two generators, both seed 42):", torch.equal(x, y))

torch.manual_seed(0)
state = torch.get_rng_state()  # save the CPU generator's state
d = torch.rand(3, device="cpu")
torch.set_rng_state(state)
print(
    "same draw after set_rng_state:",
    torch.equal(d, torch.rand(3, device="cpu")),
)
