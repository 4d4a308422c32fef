# cpu-only: its process group uses gloo, the CPU backend
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present
from torch.nn.parallel import DistributedDataParallel as DDP


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


# A group of one process is enough to get DDP's real keys
dist.init_process_group(
    "gloo",
    init_method="file://" + os.path.abspath("store"),
    rank=0,
    world_size=1,
)
ddp_model = DDP(make_model())
torch.save(ddp_model.state_dict(), "ddp.pt")  # keys start with module.
torch.save(ddp_model.module.state_dict(), "plain.pt")  # the inner model
dist.destroy_process_group()
trained = ddp_model.module[0].weight

state = torch.load("ddp.pt")
print("saved keys:", list(state))
model = make_model()
try:
    model.load_state_dict(state)
except RuntimeError as e:
    print(f"RuntimeError: {e}")

# strict=False does not fix it: it loads nothing and says so
print(model.load_state_dict(state, strict=False))
print("weights loaded:", torch.equal(model[0].weight, trained))

consume_prefix_in_state_dict_if_present(state, "module.")  # in place
print("prefix removed:", model.load_state_dict(state))
print("weights loaded:", torch.equal(model[0].weight, trained))

model = make_model()
print("module's own:", model.load_state_dict(torch.load("plain.pt")))
print("weights loaded:", torch.equal(model[0].weight, trained))
