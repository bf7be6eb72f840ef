"""Issues kept in step with the plan: created once, edited only when the data changed, closed when done."""

from __future__ import annotations

from rapportlinja.read.github_api import GitHub
from rapportlinja.status import issues
from rapportlinja.status.issues import Wanted
from tests.status import fake_issues
from tests.status.fake_issues import REPO

STATUS = Wanted("status", "Status", "# Status\n\nIngenting er forsinket.")
AGENDA = Wanted("dagsorden:ledermote:2026-06-23", "Dagsordenen ut innen 16. juni 2026", "**Frist: 16. juni 2026.**")
ACTION = Wanted("tiltak:ledermote:2026-05-12:1", "Tiltak med frist 20. juni 2026: Lage rutine", "Lage rutine.")


def _sync(tracker: fake_issues.Tracker, wanted: list[Wanted]) -> list[issues.Operation]:
    api = GitHub("ghs_test_only_not_a_token", tracker.url)
    return issues.sync(api, REPO, wanted, tracker.url + "/graphql")


def test_first_run_creates_second_changes_nothing_then_done_is_closed() -> None:
    with fake_issues.serve() as tracker:
        first = _sync(tracker, [STATUS, AGENDA, ACTION])
        assert [(o.action, o.key) for o in first] == [
            ("laget", "status"),
            ("festet", "status"),
            ("laget", AGENDA.key),
            ("laget", ACTION.key),
        ]
        assert set(tracker.open_issues()) == {"Status", AGENDA.title, ACTION.title}
        assert tracker.pinned == {first[0].number}
        created = tracker.open_issues()[AGENDA.title]
        assert created["body"].startswith("<!-- rapportlinja:frist:dagsorden:ledermote:2026-06-23 -->\n")
        assert tracker.labels == {"rapportlinja"}

        writes = len(tracker.writes)
        assert _sync(tracker, [STATUS, AGENDA, ACTION]) == []
        assert len(tracker.writes) == writes  # an identical run sends no write at all

        # The agenda is out: its key is no longer planned, so its issue is closed as done.
        closed = _sync(tracker, [STATUS, ACTION])
        assert [(o.action, o.key) for o in closed] == [("lukket", AGENDA.key)]
        agenda = next(i for i in tracker.issues.values() if i["title"] == AGENDA.title)
        assert (agenda["state"], agenda["state_reason"]) == ("closed", "completed")
        # The pull request that carries the label and a key-like comment is never touched.
        assert tracker.issues[1]["state"] == "open"
        assert not any(r["path"].endswith("/issues/1") for r in tracker.writes)


def test_changed_data_edits_the_same_issue_and_a_closed_one_is_reopened() -> None:
    with fake_issues.serve() as tracker:
        _sync(tracker, [STATUS, ACTION])
        moved = ACTION._replace(title="Tiltak med frist 1. juli 2026: Lage rutine")
        assert [o.action for o in _sync(tracker, [STATUS, moved])] == ["oppdatert"]
        assert [o.action for o in _sync(tracker, [STATUS])] == ["lukket"]
        assert [o.action for o in _sync(tracker, [STATUS, moved])] == ["gjenåpnet"]
        assert len([i for i in tracker.issues.values() if i["title"] == moved.title]) == 1


def test_a_duplicate_is_closed_and_the_status_issue_is_never_closed() -> None:
    with fake_issues.serve() as tracker:
        _sync(tracker, [STATUS, ACTION])
        copy = tracker.add({"title": ACTION.title, "body": issues.full_body(ACTION)})
        done = _sync(tracker, [])
        assert sorted((o.action, o.number) for o in done) == sorted(
            [("lukket", copy["number"] - 1), ("lukket", copy["number"])]
        )
        assert "Status" in tracker.open_issues()
        _sync(tracker, [STATUS, ACTION])
        tracker.add({"title": ACTION.title, "body": issues.full_body(ACTION)})
        assert [o.action for o in _sync(tracker, [STATUS, ACTION])] == ["lukket-duplikat"]
        assert len([i for i in tracker.open_issues().values() if i["title"] == ACTION.title]) == 1


def test_a_token_that_may_not_pin_still_gets_the_status_issue() -> None:
    with fake_issues.serve(pin_allowed=False) as tracker:
        assert [o.action for o in _sync(tracker, [STATUS])] == ["laget", "ikke-festet"]
        assert tracker.pinned == set()


def test_the_key_is_read_back_from_the_hidden_line() -> None:
    assert issues.key_of(issues.full_body(ACTION)) == ACTION.key
    assert issues.key_of(issues.full_body(STATUS)) == "status"
    assert issues.key_of("Skrevet for hånd") is None
    assert issues.key_of(None) is None
