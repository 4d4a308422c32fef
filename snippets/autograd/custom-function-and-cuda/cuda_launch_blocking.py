import os
import subprocess
import sys

# The child sets nothing itself: it reads the variable it was started with.
child = """
import os
import torch
print("CUDA_LAUNCH_BLOCKING =", os.environ.get("CUDA_LAUNCH_BLOCKING"))
print("CUDA initialised at start:", torch.cuda.is_initialized())
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print("result:", (torch.arange(4.0, device=device) * 2).tolist())
"""

# set BEFORE the process starts, so before CUDA initialises
env = dict(os.environ, CUDA_LAUNCH_BLOCKING="1")
result = subprocess.run(
    [sys.executable, "-c", child],
    env=env,
    capture_output=True,
    text=True,
    check=True,
)
print(result.stdout, end="")
