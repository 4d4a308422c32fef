import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Linear(4, 4)
        self.submodule = nn.Linear(4, 2)  # a name that contains "module"


wrapped = nn.DataParallel(Net())  # as multi-GPU training code does
torch.save(wrapped.state_dict(), "last.pth")
state = torch.load("last.pth")
print("saved keys:", list(state))

model = Net()
try:
    model.load_state_dict(state)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

# A common fix replaces "module." anywhere in the key:
print("replace():      ", [k.replace("module.", "") for k in state])

# Remove the prefix only: by hand (Python 3.9+) ...
fixed = {k.removeprefix("module."): v for k, v in state.items()}
print("removeprefix(): ", list(fixed))
print(model.load_state_dict(fixed))

# ... or with PyTorch's helper, which edits the dict in place.
consume_prefix_in_state_dict_if_present(state, "module.")
print("helper:         ", list(state))
print(model.load_state_dict(state))

# Best: save the inner model in the first place.
print("wrapped.module: ", list(wrapped.module.state_dict()))
