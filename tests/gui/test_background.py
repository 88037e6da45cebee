"""The background helper: work off the GUI thread, results on it, cancel, no leaked threads."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from organizer.core.errors import Cancelled, UserError
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.background import BackgroundRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    gui_thread = threading.current_thread()
    seen: dict[str, Any] = {"progress": [], "threads": set()}

    def work(progress: ProgressCallback, cancel: CancelToken) -> str:
        seen["worker"] = threading.current_thread()
        for i in range(1, 4):
            progress(i, 3, f"file {i}")
        return "done"

    def on_progress(done: int, total: int, what: str) -> None:
        seen["progress"].append((done, total, what))
        seen["threads"].add(threading.current_thread())

    def on_success(result: object) -> None:
        seen["result"] = result
        seen["threads"].add(threading.current_thread())

    job = runner.run(work, what="test", on_success=on_success, on_progress=on_progress)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["result"] == "done"
    assert seen["worker"] is not gui_thread
    assert seen["threads"] == {gui_thread}
    # Reports may be thinned, but the last one always arrives.
    assert seen["progress"][-1] == (3, 3, "file 3")
    assert not runner.busy
    assert not seen["worker"].is_alive()


def test_failure_is_delivered_not_raised(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    errors: list[BaseException] = []

    def work(progress: ProgressCallback, cancel: CancelToken) -> None:
        raise UserError("That file could not be read.")

    job = runner.run(work, what="fails", on_failure=errors.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert len(errors) == 1 and str(errors[0]) == "That file could not be read."
    assert job.error is errors[0] and not job.was_cancelled


def test_cancel_stops_a_long_job(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    started = threading.Event()
    steps: list[int] = []

    def work(progress: ProgressCallback, cancel: CancelToken) -> None:
        started.set()
        for i in range(10_000):
            cancel.check()
            steps.append(i)
            threading.Event().wait(0.001)

    job = runner.run(work, what="long")
    assert started.wait(5)
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert job.was_cancelled and isinstance(job.error, Cancelled)
    assert len(steps) < 10_000


def test_wait_all_cancels_and_delivers_before_returning(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    delivered: list[str] = []

    def work(progress: ProgressCallback, cancel: CancelToken) -> None:
        while True:
            cancel.check()
            threading.Event().wait(0.002)

    runner.run(work, what="a", on_failure=lambda e: delivered.append("a"))
    runner.run(work, what="b", on_failure=lambda e: delivered.append("b"))
    assert runner.busy
    runner.cancel_all()
    assert runner.wait_all(timeout_s=5)
    assert sorted(delivered) == ["a", "b"]
    assert not runner.busy


@pytest.mark.parametrize("count", [20])
def test_many_jobs_leave_no_thread_behind(qtbot: QtBot, count: int) -> None:
    runner = BackgroundRunner()
    results: list[int] = []
    for n in range(count):
        runner.run(lambda p, c, n=n: n * 2, what=f"job {n}", on_success=results.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert sorted(results) == [n * 2 for n in range(count)]
    assert [t for t in threading.enumerate() if t.name.startswith("job: ")] == []
