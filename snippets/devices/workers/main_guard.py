# numbers-vary: the worker's process id
import subprocess
import sys
import textwrap
from pathlib import Path

LOADER = """\
import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.arange(4.0))
# spawn: what Windows and macOS use
loader = DataLoader(
    data, batch_size=2, num_workers=1, multiprocessing_context="spawn"
)
"""
Path("no_guard.py").write_text(
    LOADER + "for (x,) in loader:\n    print(x.tolist())\n"
)
Path("with_guard.py").write_text(
    LOADER + 'if __name__ == "__main__":\n'
    "    for (x,) in loader:\n"
    "        print(x.tolist())\n"
)

runs = {  # both scripts run at once, as `python <script>`
    script: subprocess.Popen(
        [sys.executable, script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for script in ("no_guard.py", "with_guard.py")
}
for script, run in runs.items():
    out, err = run.communicate(timeout=120)
    print(f"$ python {script}   (exit code {run.returncode})")
    print(out, end="")
    lines = err.splitlines()
    if not lines:
        continue
    # the worker's error message, without the traceback above it
    start = lines.index("RuntimeError: ")
    end = lines.index("Traceback (most recent call last):", start)
    message = textwrap.dedent("\n".join(lines[start + 1 : end])).strip()
    print("RuntimeError:")
    print(textwrap.indent(message, "    "))
    print("then in the main process:")
    print(lines[-1])
