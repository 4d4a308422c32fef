import torch


class BadSwish(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)
        ctx.save_for_backward(x, s)
        return x * s

    @staticmethod
    def backward(ctx, grad_output):
        x, s = ctx.saved_tensors
        return grad_output * s  # forgot the x * s * (1 - s) term


x = torch.tensor([-2.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
try:
    torch.autograd.gradcheck(BadSwish.apply, (x,))
except RuntimeError as err:  # GradcheckError is a RuntimeError
    print(f"{type(err).__name__}: {err}")
print(
    "with raise_exception=False:",
    torch.autograd.gradcheck(BadSwish.apply, (x,), raise_exception=False),
)
