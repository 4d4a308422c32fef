import os
import subprocess
import sys

# Three fresh Python processes, each hiding every GPU with CUDA_VISIBLE_DEVICES="" at a different moment.
EARLY = """
import torch
print("set before python starts (like a shell prefix): device_count() =", torch.cuda.device_count())
"""
AFTER_IMPORT = """
import os
import torch
os.environ["CUDA_VISIBLE_DEVICES"] = ""  # after import torch, but CUDA has not started yet
print("set after import torch, before CUDA starts:     device_count() =", torch.cuda.device_count())
"""
TOO_LATE = """
import os
import torch
before = torch.cuda.device_count()
if torch.cuda.is_available():
    torch.zeros(1, device="cuda")  # the first CUDA work starts CUDA; it reads the variable now
os.environ["CUDA_VISIBLE_DEVICES"] = ""  # too late: CUDA has already read it
print("set after CUDA started:        device_count() unchanged:", torch.cuda.device_count() == before)
"""

env_without = {
    k: v for k, v in os.environ.items() if k != "CUDA_VISIBLE_DEVICES"
}
children = [
    subprocess.Popen(
        [sys.executable, "-c", EARLY],
        env={**env_without, "CUDA_VISIBLE_DEVICES": ""},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ),
    subprocess.Popen(
        [sys.executable, "-c", AFTER_IMPORT],
        env=env_without,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ),
    subprocess.Popen(
        [sys.executable, "-c", TOO_LATE],
        env=env_without,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ),
]
for child in children:  # started together, read in order
    out, _ = child.communicate(timeout=60)
    print(out.strip())
