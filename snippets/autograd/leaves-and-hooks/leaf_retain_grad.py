import torch

# A is a leaf, B and C are computed from it.
A = torch.ones(2, requires_grad=True)
B = A * 2
B.retain_grad()  # keep the gradient of this intermediate tensor
C = B.norm()

print("is_leaf:      A", A.is_leaf, "| B", B.is_leaf, "| C", C.is_leaf)
print(
    "requires_grad: A",
    A.requires_grad,
    "| B",
    B.requires_grad,
    "| C",
    C.requires_grad,
)

C.backward()
print("C =", round(C.item(), 4))
print("B.grad:", B.grad)  # dC/dB = B / ||B||
print("A.grad:", A.grad)  # dC/dA = dC/dB * 2
