# raises AttributeError
import torch
from torch.profiler import ProfilerActivity, profile

x = torch.ones(64, 64)
with profile(activities=[ProfilerActivity.CPU]) as prof:
    x @ x

mm = next(e for e in prof.key_averages() if e.key == "aten::mm")
print("device_time_total:", mm.device_time_total)  # 0: no CUDA activity
print("cuda_time_total:", mm.cuda_time_total)  # the old name
