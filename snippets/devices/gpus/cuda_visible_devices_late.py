# cuda-only: shows what hiding the GPU does once CUDA has started
import os
import subprocess
import sys

TOO_LATE = """
import os
import torch
torch.zeros(1, device="cuda")  # starts CUDA, which reads the variable now
os.environ["CUDA_VISIBLE_DEVICES"] = ""  # too late
x = torch.ones(1, device="cuda")
print("a tensor made after the change is on:", x.device)
print("device_count() after the change:", torch.cuda.device_count())
"""

env = {k: v for k, v in os.environ.items() if k != "CUDA_VISIBLE_DEVICES"}
child = subprocess.run(
    [sys.executable, "-c", TOO_LATE], env=env, capture_output=True, text=True
)
print(child.stdout.strip())
