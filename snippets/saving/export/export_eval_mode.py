import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8), nn.BatchNorm1d(8), nn.Dropout(0.5), nn.Linear(8, 2)
)
x = torch.randn(16, 4)
model.eval()
expected = model(x)

exported = torch.export.export(model, (x,)).module()
print("exported after eval():  ", torch.allclose(exported(x), expected))

forgot = copy.deepcopy(model).train()  # eval() forgotten
exported = torch.export.export(forgot, (x,)).module()
print("exported in train mode: ", torch.allclose(exported(x), expected))
try:
    exported.eval()  # too late: the mode was recorded at export time
except NotImplementedError as err:
    print("exported.eval():", err)
