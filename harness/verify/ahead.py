"""Snippet runs started ahead of their tests, one after another in a worker process of their own.

The test suite starts them as soon as it has collected its tests (tests/conftest.py), so they run while the site
build and the browser tests keep other processes busy: on two cores the suite then takes about the longer of the
two, not their sum. Each run is the `run_snippet` the test would have made itself, in a process that imported torch
once; the test still compares the run with the page (harness.verify.outputs.check) and reports any difference.

A snippet that kills the worker (a crash in native code) or hangs it past its timeout fails alone: the worker is
replaced and the snippets after it run in the new one."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from harness import ROOT
from harness.verify.sandbox import DEFAULT_TIMEOUT, Run, run_snippet

Job = tuple[str, str]  # (snippet, device)
GRACE = 60.0  # seconds past a snippet's own timeout (which the worker enforces) before the worker is given up


class RunsAhead:
    def __init__(self, jobs: list[Job], root: Path = ROOT, patience: float = DEFAULT_TIMEOUT + GRACE):
        self._root = root
        self._patience = patience  # seconds to wait for one run before the worker is taken to hang
        self._order = list(dict.fromkeys(jobs))
        self._futures: dict[Job, Future] = {}
        self._failed: dict[Job, str] = {}
        self._start(self._order)

    def run(self, snippet: str, device: str) -> Run:
        """The run of `snippet` on `device`, waiting for it if need be (a job not started ahead runs here)."""
        job = (snippet, device)
        if job not in self._futures and job not in self._failed:
            return run_snippet(self._root / "snippets" / snippet, device=device)
        while job not in self._failed:
            try:
                return self._futures[job].result(timeout=self._patience)
            except FutureTimeout:
                self._give_up(f"stopped after {self._patience:g} s: its worker process hung")
            except BrokenProcessPool:
                self._give_up("its process died without a report (a crash in native code?)")
        return Run("", self._failed[job])

    def close(self) -> None:
        processes = list((self._pool._processes or {}).values())  # noqa: SLF001 - shutdown would wait for a hung one
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()

    def _start(self, jobs: list[Job]) -> None:
        # spawn: a fresh interpreter, which has no threads of the test process to inherit, as fork would
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_as_a_test)
        for snippet, device in jobs:
            self._futures[(snippet, device)] = self._pool.submit(_run, str(self._root / "snippets" / snippet), device)

    def _give_up(self, why: str) -> None:
        """The job the worker was running when it died or hung fails with `why`; the jobs after it start again."""
        self.close()
        pending = [job for job in self._order if job not in self._failed and not _finished(self._futures[job])]
        self._failed[pending[0]] = why
        self._start(pending[1:])


def _finished(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _as_a_test() -> None:
    """Processes the snippets start (DataLoader workers) start as they would from the test process, with the
    platform's default method, not the spawn that started this worker; and what they print straight to the
    terminal, past the capture of the snippet's output, goes nowhere, as it does under pytest's capture."""
    multiprocessing.set_start_method(None, force=True)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _run(path: str, device: str) -> Run:
    return run_snippet(Path(path), device=device)
