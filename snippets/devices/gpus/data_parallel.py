import torch
from torch import nn

model = nn.Linear(3, 2)
parallel = nn.DataParallel(
    model
)  # with no GPU (or one) it simply calls the wrapped module
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

plain.load_state_dict(
    parallel.module.state_dict()
)  # best: save the inner module's state_dict
stripped = {
    k.removeprefix("module."): v for k, v in state.items()
}  # or strip the prefix at the front only
plain.load_state_dict(stripped)
print("loaded:", list(stripped))

# The note's k.replace('module.', '') also cuts 'module.' out of the middle of a name:
print(
    "'module.submodule.weight'.replace ->",
    repr("module.submodule.weight".replace("module.", "")),
)
