"""`judge watch`: a save, in place or by rename, is noticed."""

from __future__ import annotations

import threading
import time

from judge.watch import watch


def test_watch_rejudges_on_in_place_and_rename_saves(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("v1")
    seen: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(path, lambda: seen.append(path.read_text()), stop.is_set))
    thread.start()
    try:
        time.sleep(0.3)
        path.write_text("v2 longer")  # saved in place
        time.sleep(0.5)
        temp = tmp_path / ".s.py.swp"
        temp.write_text("v3")
        temp.replace(path)  # saved by rename, as many editors do
        time.sleep(0.5)
    finally:
        stop.set()
        thread.join(5)
    assert seen == ["v1", "v2 longer", "v3"]
