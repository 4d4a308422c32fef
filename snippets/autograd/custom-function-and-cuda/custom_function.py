import torch

received = []  # what backward is handed, recorded for printing


class Swish(torch.autograd.Function):
    """y = x * sigmoid(x), with a hand-written backward."""

    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)
        ctx.save_for_backward(x, s)  # tensors backward will need
        return x * s

    @staticmethod
    def backward(ctx, grad_output):
        received.append(type(grad_output).__name__)
        x, s = ctx.saved_tensors
        # chain rule: dL/dx = dL/dy * dy/dx
        return grad_output * (s + x * s * (1 - s))


x = torch.tensor(
    [-2.0, -1.0, 0.0, 1.0, 2.0], dtype=torch.float64, requires_grad=True
)
y = Swish.apply(x)  # call apply, never forward() directly and never Swish()(x)
print(
    "y:",
    [round(v, 4) for v in y.tolist()],
    "| grad_fn:",
    type(y.grad_fn).__name__,
)
y.sum().backward()
print("backward received a:", received[0])
print("x.grad:         ", [round(v, 4) for v in x.grad.tolist()])

x2 = x.detach().clone().requires_grad_()
torch.nn.functional.silu(x2).sum().backward()  # PyTorch's own SiLU
print("silu reference: ", [round(v, 4) for v in x2.grad.tolist()])

print(
    "gradcheck in float64 passed:", torch.autograd.gradcheck(Swish.apply, (x,))
)
