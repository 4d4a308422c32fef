import os
import subprocess
import sys

# Three fresh processes hide every GPU, each at a different moment.
EARLY = """
import torch
n = torch.cuda.device_count()
print("set before python starts (like a shell prefix): device_count() =", n)
"""
AFTER_IMPORT = """
import os
import torch
os.environ["CUDA_VISIBLE_DEVICES"] = ""  # CUDA has not started yet
n = torch.cuda.device_count()
print("set after import torch, before CUDA starts:     device_count() =", n)
"""
TOO_LATE = """
import os
import torch
before = torch.cuda.device_count()
if torch.cuda.is_available():
    torch.zeros(1, device="cuda")  # starts CUDA, which reads the variable
os.environ["CUDA_VISIBLE_DEVICES"] = ""  # too late: CUDA has already read it
same = torch.cuda.device_count() == before
print("set after CUDA started:        device_count() unchanged:", same)
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
