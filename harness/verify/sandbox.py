"""Run one snippet the way both the tests and `make update-outputs` run it.

Each run gets: fresh globals with `__name__ == "__main__"`, a new temporary working directory (nothing is
written into the repository), stdout captured, every warning turned into an error, no network, a timeout,
a fresh random seed (so a snippet that forgot to seed its generator prints something new each time and
fails its output check), and the device the harness chose:

* cpu:  `torch.cuda.is_available()` answers False, so device-agnostic code takes its CPU branch;
* cuda: `torch.set_default_device("cuda")`, so tensors a snippet creates live on the GPU.

A snippet whose first comment lines say so is run differently. The first two are for the reader too (code that
is wrong, or old code shown for contrast, and what it does), and the pages show them; the other four are for the
harness only, and the pages and downloads leave them out (`visible_code`):

    # raises AttributeError            it must raise this, and the error line `AttributeError: ...`
                                       becomes part of its output
    # warns UserWarning                it must emit this warning, printed as `UserWarning: ...`
    # cpu-only: <why>                  the CUDA pass skips it (e.g. it prints CPU random numbers)
    # cuda-only: <why>                 only a GPU runs it (e.g. it shows a CUDA error): the CPU pass skips
                                       it, and its output comes from a CUDA run
    # numbers-vary: <why>              its numbers differ from machine to machine (timings): the output
                                       check compares everything but the numbers
    # script: <why>                    it starts processes that import it again (`mp.spawn`, a DataLoader
                                       with the spawn start method): it runs as a reader runs it,
                                       `python file.py`, in a Python process of its own whose `__main__`
                                       is the file; everything above applies there too
"""

from __future__ import annotations

import contextlib
import gc
import io
import ipaddress
import multiprocessing
import os
import random
import re
import signal
import socket
import sys
import tempfile
import time
import traceback
import types
import warnings
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TIMEOUT = 120.0  # seconds per snippet
PROMISE = re.compile(r"^#\s*(raises|warns)\s+(\w+)\b")  # shown on the page: the reader is told what happens
HARNESS_ONLY = re.compile(r"^#\s*(cpu-only|cuda-only|numbers-vary|script):\s*(.*?)\s*$")  # left out of the page
# torch's C++ warnings and errors end with the path of the file on the machine that built the wheel
BUILD_PATH = re.compile(r"\s*\(Triggered internally at [^)]*\)")


@dataclass(frozen=True)
class Expectation:
    raises: str | None = None  # the exception class the snippet must raise
    warns: str | None = None  # the warning category it must emit
    cpu_only: str | None = None  # why the CUDA pass skips it
    cuda_only: str | None = None  # why the CPU pass skips it
    numbers_vary: str | None = None  # why its numbers are not compared
    script: str | None = None  # why it runs in a process of its own


@dataclass
class Run:
    output: str  # what a reader running the snippet sees: stdout, plus the promised warning or error line
    error: str | None = None  # why the run failed: a traceback, a timeout, a broken promise
    figures: dict[str, bytes] = field(default_factory=dict)  # image files it wrote, by name
    seconds: float = 0.0


class NetworkBlocked(OSError):
    pass


class SnippetTimeout(Exception):
    pass


def expectation(code: str) -> Expectation:
    """Read the directives from the snippet's leading comment lines."""
    found: dict[str, str] = {}
    for line in leading_comments(code):
        if line.startswith("# legacy:"):
            raise ValueError(f"cannot read {line.strip()!r}: write '# raises <Error>' or '# warns <Warning>'")
        if m := PROMISE.match(line):
            found[m[1]] = m[2]
        elif m := HARNESS_ONLY.match(line):
            found[m[1].replace("-", "_")] = m[2] or f"marked {m[1]}"
    return Expectation(**found)


def leading_comments(code: str) -> list[str]:
    """The comment lines (and blank lines) before the first line of code."""
    lines = []
    for line in code.splitlines():
        if line.strip() and not line.startswith("#"):
            break
        lines.append(line)
    return lines


def visible_lines(code: str) -> list[int]:
    """The numbers (from 1) of the lines a reader sees: all but the harness-only directives, and the blank lines
    that would then open the snippet."""
    lines = code.splitlines()
    hidden = {i for i, line in enumerate(leading_comments(code)) if HARNESS_ONLY.match(line)}
    shown = [i for i in range(len(lines)) if i not in hidden]
    while shown and not lines[shown[0]].strip():
        shown.pop(0)
    return [i + 1 for i in shown]


def visible_code(code: str) -> str:
    """The snippet as pages and downloads show it."""
    lines = code.splitlines()
    return "".join(lines[n - 1] + "\n" for n in visible_lines(code))


def skip_reason(expect: Expectation, device: str) -> str | None:
    """Why a snippet does not run on `device` (cpu-only on a GPU, cuda-only on the CPU), or None."""
    if device != "cpu" and expect.cpu_only:
        return f"cpu-only: {expect.cpu_only}"
    if device == "cpu" and expect.cuda_only:
        return f"cuda-only: {expect.cuda_only}"
    return None


def available_devices() -> list[str]:
    """cpu, plus cuda where a GPU is present; COOKBOOK_DEVICES=cpu (comma-separated) narrows the choice."""
    import torch

    wanted = os.environ.get("COOKBOOK_DEVICES")
    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    if wanted:
        devices = [d for d in devices if d in wanted.split(",")]
    return devices


def run_snippet(path: Path, code: str | None = None, device: str = "cpu", timeout: float = DEFAULT_TIMEOUT) -> Run:
    """Run the snippet file at `path` (or `code` under that file name) and report what happened."""
    path = path.resolve()
    code = path.read_text("utf-8") if code is None else code
    if expectation(code).script:
        return _run_in_own_process(path, code, device, timeout)
    return _run_here(path, code, device, timeout)


def _run_in_own_process(path: Path, code: str, device: str, timeout: float) -> Run:
    """Run the snippet as the `__main__` of a process of its own, forked from a server process that imported torch
    once (multiprocessing's forkserver): a fresh interpreter would spend seconds importing it again, and a fork of
    this process would inherit its threads and their locks. The server starts no CUDA, so its children can."""
    # warnings are errors in the processes it starts too; unbuffered, so their lines keep their order
    env = {"PYTHONWARNINGS": "error", "PYTHONUNBUFFERED": "1"}
    if device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""  # the processes it starts see no GPU either
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["torch", "numpy", "matplotlib.pyplot", "harness.verify.sandbox"])
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_report_run_as_main, args=(send, (str(path), code, device, timeout), env))
    child.start()
    send.close()
    try:
        if not receive.poll(timeout + 30):
            child.kill()
            return Run("", f"stopped after {timeout:g} s: a snippet must finish well within its timeout")
        return Run(*receive.recv())
    except EOFError:
        return Run("", f"its process died without a report (exit code {child.exitcode})")
    finally:
        child.join()


def _report_run_as_main(send, request: tuple, env: dict) -> None:
    try:
        os.environ.update(env)
        # a forkserver's child inherits its start method; `python file.py` starts with the platform's default
        multiprocessing.set_start_method(None, force=True)
        send.send(_run_as_main(*request))
    except BaseException:  # noqa: BLE001 - whatever happens, the parent must hear of it
        send.send(("", traceback.format_exc(), {}, 0.0))


def _run_here(path: Path, code: str, device: str, timeout: float, main: dict | None = None) -> Run:
    """Run in this process; `main` is the namespace to run in (a fresh one unless given)."""
    expect = expectation(code)
    out = io.StringIO()
    warned: list[type] = []
    started = time.perf_counter()
    error = None
    with freeing_cycles(), tempfile.TemporaryDirectory(prefix="cookbook-") as workdir:
        try:
            with _isolated(workdir, device), _no_network(), _deadline(timeout), _warnings(expect, out, warned):
                # in a process of its own, stdout is the process's: what the processes it starts print joins it
                to_out = contextlib.redirect_stdout(out) if main is None else contextlib.nullcontext()
                with to_out, contextlib.redirect_stderr(io.StringIO()):
                    # the namespace is bound to no name here, so that nothing holds it once the snippet ends
                    exec(
                        compile(code, str(path), "exec"),
                        {"__name__": "__main__", "__file__": str(path)} if main is None else main,
                    )
            if expect.raises:
                error = f"marked '# raises {expect.raises}' but it ran without raising"
        except BaseException as exc:  # noqa: BLE001 - a snippet may raise anything, SystemExit included
            if expect.raises and expect.raises in [c.__name__ for c in type(exc).__mro__]:
                out.write(f"{type(exc).__name__}: {BUILD_PATH.sub('', str(exc))}\n")
            elif isinstance(exc, KeyboardInterrupt):
                raise
            else:
                error = _snippet_traceback(exc, path)
        if expect.warns and expect.warns not in [c.__name__ for w in warned for c in w.__mro__]:
            error = error or f"marked '# warns {expect.warns}' but it emitted no {expect.warns}"
        figures, misnamed = _figures(Path(workdir), path.stem)
        if misnamed and not error:
            error = f"figures must be named {path.stem}.png or {path.stem}-<name>.png; it wrote {misnamed}"
    return Run(out.getvalue(), error, figures, time.perf_counter() - started)


@contextlib.contextmanager
def freeing_cycles():
    """What a snippet leaves in reference cycles is freed when it ends, here: a DDP model keeps its gloo process
    group alive, and freed later, in a forked DataLoader worker, the group's destructor waits for threads that the
    fork did not copy, and hangs. Freezing what exists before lets the collection look at the snippet's only."""
    gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()


def _snippet_traceback(exc: BaseException, path: Path) -> str:
    """The traceback from the snippet's own frames down, without the harness frames above them."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != str(path):
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))


def _figures(workdir: Path, stem: str) -> tuple[dict[str, bytes], list[str]]:
    images = sorted(p for p in workdir.iterdir() if p.suffix.lower() in {".png", ".jpg", ".jpeg", ".svg"})
    good = {
        p.name: p.read_bytes()
        for p in images
        if p.suffix == ".png" and re.fullmatch(rf"{re.escape(stem)}(-[\w-]+)?(\.dark)?", p.stem)
    }
    return good, [p.name for p in images if p.name not in good]


@contextlib.contextmanager
def _isolated(workdir: str, device: str):
    """Working directory, device, seeds and global torch / matplotlib state, all restored afterwards."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    import torch
    from matplotlib.figure import Figure

    from harness.verify import dark_figures

    saved = dict(
        savefig=Figure.savefig,
        cwd=os.getcwd(),
        env=dict(os.environ),
        dtype=torch.get_default_dtype(),
        grad=torch.is_grad_enabled(),
        deterministic=torch.are_deterministic_algorithms_enabled(),
        is_available=torch.cuda.is_available,
        warn_always=torch.is_warn_always_enabled(),
    )
    os.chdir(workdir)
    Figure.savefig = dark_figures.save_with_twin(Figure.savefig)
    # torch warns "once" per process (C++ TORCH_WARN_ONCE, TypedStorage's Python flag); every snippet
    # must see the warnings a fresh process would
    torch.set_warn_always(True)
    vars(torch.storage._warn_typed_storage_removal).pop("has_warned", None)
    seed = random.SystemRandom().randrange(2**31)
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)
    if device == "cpu":
        torch.cuda.is_available = lambda: False
    else:
        torch.set_default_device(device)
    try:
        yield
    finally:
        torch.cuda.is_available = saved["is_available"]
        torch.set_default_device(None)
        torch.set_default_dtype(saved["dtype"])
        torch.set_grad_enabled(saved["grad"])
        torch.use_deterministic_algorithms(saved["deterministic"])
        torch.set_printoptions(profile="default")
        torch.set_warn_always(saved["warn_always"])
        plt.close("all")
        Figure.savefig = saved["savefig"]
        os.environ.clear()
        os.environ.update(saved["env"])
        os.chdir(saved["cwd"])


@contextlib.contextmanager
def _warnings(expect: Expectation, out: io.StringIO, warned: list[type]):
    """Warnings are errors, except in a snippet marked to warn: there they are printed like Python does."""
    with warnings.catch_warnings():
        warnings.resetwarnings()
        if expect.warns:
            warnings.simplefilter("always")

            def show(message, category, filename, lineno, file=None, line=None):
                warned.append(category)
                out.write(f"{category.__name__}: {BUILD_PATH.sub('', str(message))}\n")

            warnings.showwarning = show
        else:
            warnings.simplefilter("error")
        # PyTorch's own notice, not the snippet's: the first cuBLAS call on autograd's GPU thread finds no
        # context yet and says it sets one (seen with torch 2.11 on an H200, depending on the run's order)
        warnings.filterwarnings("ignore", "Attempting to run cuBLAS, but there was no current CUDA context")
        yield


@contextlib.contextmanager
def _no_network():
    """Any connection to a host other than this machine fails at once, saying why."""
    real_connect, real_connect_ex, real_getaddrinfo = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.getaddrinfo,
    )

    def refuse(host, port):
        raise NetworkBlocked(f"snippets may not use the network: tried to reach {host}:{port}")

    def is_remote(sock, address):
        return sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0])

    def connect(sock, address):
        return refuse(*address[:2]) if is_remote(sock, address) else real_connect(sock, address)

    def connect_ex(sock, address):
        return refuse(*address[:2]) if is_remote(sock, address) else real_connect_ex(sock, address)

    def getaddrinfo(host, port, *args, **kwargs):
        if host is not None and not _is_loopback(host):
            refuse(host, port)
        return real_getaddrinfo(host, port, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = connect, connect_ex, getaddrinfo
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = (
            real_connect,
            real_connect_ex,
            real_getaddrinfo,
        )


def _is_loopback(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@contextlib.contextmanager
def _deadline(seconds: float):
    def stop(signum, frame):
        raise SnippetTimeout(f"stopped after {seconds:g} s: a snippet must finish well within its timeout")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run_as_main(path: str, code: str, device: str, timeout: float) -> tuple:
    """In a process of its own, the snippet becomes `__main__`, as with `python file.py`, so processes it spawns
    can import it again (they find it by `__main__.__file__`); what it and they print to fd 1 is its output."""
    main = types.ModuleType("__main__")
    main.__file__ = path
    sys.modules["__main__"] = main
    sys.path.insert(0, str(Path(path).parent))
    with tempfile.TemporaryFile() as printed:
        os.dup2(printed.fileno(), 1)  # fd 1, which the processes it starts inherit
        sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), line_buffering=True)
        run = _run_here(Path(path), code, device, timeout, main=vars(main))
        sys.stdout.flush()
        printed.seek(0)
        output = printed.read().decode("utf-8", errors="replace") + run.output
    return output, run.error, run.figures, run.seconds
