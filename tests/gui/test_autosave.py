from planner.gui.autosave import Autosaver
from planner.store import StoreError


def test_a_refused_value_is_reported_and_does_not_block_the_rest(qtbot):
    saver = Autosaver(delay_ms=10)
    written = []

    def refuse(_value):
        raise ValueError("text: longer than 2000 characters")

    saver.schedule("bad", lambda: "x", refuse)
    saver.schedule("good", lambda: "kept", written.append)
    with qtbot.waitSignal(saver.failed) as failure:
        pass
    assert failure.args == ["not saved: text: longer than 2000 characters"]
    assert written == ["kept"]
    assert not saver.has_pending()  # a refused value can never be saved: it is not retried
    assert saver.flush()


def test_a_store_failure_is_kept_and_retried(qtbot):
    saver = Autosaver(delay_ms=10)
    attempts = []

    def flaky(value):
        attempts.append(value)
        if len(attempts) == 1:
            raise StoreError("not saved: the disk is full")

    saver.schedule("field", lambda: "v", flaky)
    with qtbot.waitSignal(saver.failed):
        pass
    assert saver.has_pending()
    assert saver._retry.isActive()
    assert saver._timer.interval() == 10
    with qtbot.waitSignal(saver.saved, timeout=7000):
        pass
    assert attempts == ["v", "v"]
    assert not saver.has_pending()
