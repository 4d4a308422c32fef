import os
import subprocess
import sys

# Two fresh processes hide every GPU, each at a different moment.
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
]
for child in children:  # started together, read in order
    out, _ = child.communicate(timeout=60)
    print(out.strip())
