import torch
from torch import nn
from torch.fx.proxy import TraceError
from torchvision.models.feature_extraction import create_feature_extractor


class Gated(nn.Module):
    """Python control flow that depends on the data."""

    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)

    def forward(self, x):
        h = self.body(x)
        if h.sum() > 0:  # a plain `if` on a tensor value
            h = h.relu()
        return h


model = Gated()
try:
    create_feature_extractor(model, return_nodes=["body"])
except TraceError as err:
    print("create_feature_extractor: TraceError:", err)

captured = {}  # a forward hook does not trace: it just runs the model
handle = model.body.register_forward_hook(
    lambda module, inputs, output: captured.update(body=output.detach())
)
model(torch.zeros(2, 4))
handle.remove()
print("hook:", {k: tuple(v.shape) for k, v in captured.items()})
