import torch
from torch import nn

model = nn.Linear(3, 2)
# with no GPU (or one), it simply calls the wrapped module
parallel = nn.DataParallel(model)
print(
    type(parallel).__name__,
    "wraps",
    type(parallel.module).__name__,
    "| same object:",
    parallel.module is model,
)
print("output:", tuple(parallel(torch.ones(4, 3)).shape))

state = parallel.state_dict()
print("keys saved from the wrapper:", list(state))

plain = nn.Linear(3, 2)
try:
    plain.load_state_dict(state)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")

# best: save the inner module's state_dict
plain.load_state_dict(parallel.module.state_dict())
# or strip the prefix at the front only
stripped = {k.removeprefix("module."): v for k, v in state.items()}
plain.load_state_dict(stripped)
print("loaded:", list(stripped))

# A common k.replace('module.', '') also cuts it out of the middle:
print(
    "'module.submodule.weight'.replace ->",
    repr("module.submodule.weight".replace("module.", "")),
)
