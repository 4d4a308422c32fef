import io
import warnings

import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision.models import alexnet


def today(old_code):
    """Run one piece of old code on today's PyTorch; say what happens."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            old_code()
        except Exception as err:  # whatever it raises
            return f"raises {type(err).__name__}"
    return (
        f"warns {caught[0].category.__name__}"
        if caught
        else "runs without a word"
    )


def whole_model_file():
    buffer = io.BytesIO()
    torch.save(nn.Linear(2, 1), buffer)  # the whole module, pickled
    buffer.seek(0)
    return buffer


def legacy_backward_hook():
    conv = nn.Conv2d(1, 1, 1)
    conv.register_backward_hook(lambda module, grad_in, grad_out: None)
    conv(torch.ones(1, 1, 2, 2, requires_grad=True)).sum().backward()


x = torch.ones(2, requires_grad=True)
old_code = {
    "Variable(t)": lambda: torch.autograd.Variable(torch.ones(2)),
    "Variable(t, volatile=True)": lambda: torch.autograd.Variable(
        torch.ones(2), volatile=True
    ),
    "(x * 2).creator": lambda: (x * 2).creator,
    "x.data": lambda: x.data,
    "t.storage()": lambda: torch.ones(2).storage(),
    "register_backward_hook(...)": legacy_backward_hook,
    "dataiter.next()": lambda: iter(DataLoader(range(4))).next(),
    "torch.meshgrid(a, b)": lambda: torch.meshgrid(
        torch.arange(2), torch.arange(3)
    ),
    "set_default_tensor_type(...)": lambda: torch.set_default_tensor_type(
        torch.FloatTensor
    ),
    "torch.load(whole model)": lambda: torch.load(whole_model_file()),
    "alexnet(pretrained=False)": lambda: alexnet(pretrained=False),
    "print 'hello'  (Python 2)": lambda: compile(
        "print 'hello'", "old.py", "exec"
    ),
}
for code, run in old_code.items():
    print(f"{code:<30} {today(run)}")
