"""The board's words: every key in both written standards."""

from __future__ import annotations

from rapportlinja.status import wording


def test_nynorsk_has_every_key_and_its_own_words() -> None:
    assert set(wording.words("nn")) == set(wording.words("nb"))
    assert wording.words("nn")["title"] != wording.words("nb")["title"]
    assert "ikke" not in " ".join(wording.words("nn").values())


def test_kinds_and_statuses() -> None:
    assert wording.kind_name("ros_analyse", "nb") == "ROS-analyse"
    assert wording.chapter_status("til gjennomgang", "nn") == "til gjennomgang"
