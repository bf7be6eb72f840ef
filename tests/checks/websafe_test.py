"""`rapport sjekk` shows the writer each attribute and link the web edition would remove, and inward links."""

from __future__ import annotations

from rapportlinja.checks.websafe import check_repository_links, check_web_safety, own_repositories
from rapportlinja.report.markdown import scan

CHAPTER = """\
Et bilde: ![Kart](../bilder/kart.svg){alt="Kart" onload="alert(1)"}

[Fokus]{onfocus="alert(1)" autofocus=""} og [stil]{style="color:red"} og ![B](b.svg){srcset="https://e.example/x 2x"}.

[js](javascript:alert(1)) [data](data:text/html,x) [vb](VBScript:x) [gammel](http://eksempel.no) <javascript:alert(1)>

[ref]: javascript:alert(2)

Trygt: [Bufdir](https://www.bufdir.no) [post](mailto:post@eksempel.no) [kap](05-temaomrader.md) {#id .klasse}

[^1]: Kilde: Bufdir.

`[kode](javascript:ikke-en-lenke)`
"""


def test_every_attribute_and_scheme_is_reported_at_its_line() -> None:
    found = check_web_safety(scan(CHAPTER, 10), "report/kapitler/05-a.md")
    places = sorted((f.line, f.code) for f in found)
    assert places == [
        (10, "web.event-attribute"),
        (12, "web.attribute"),
        (12, "web.attribute"),
        (12, "web.event-attribute"),
        (14, "web.link-scheme"),
        (14, "web.link-scheme"),
        (14, "web.link-scheme"),
        (14, "web.link-scheme"),
        (14, "web.link-scheme"),
        (16, "web.link-scheme"),
    ]
    assert all(f.hint for f in found)
    http = next(f for f in found if "http:" in f.message)
    assert "https://" in http.hint
    assert any("kjører kode" in f.message for f in found)


REPOSITORY_LINKS = """\
Se [utkastet](https://github.com/eksempel-kommune/tilstandsrapport/blob/main/report/kapitler/04-x.md).
Se [mappen](https://github.com/Eksempel-Kommune/Tilstandsrapport/tree/main/meetings).
Se [rå](https://raw.githubusercontent.com/eksempel-kommune/annet/main/x.csv).
Se [malen](https://github.com/rapportlinja/rapportlinja/blob/main/README.md) og [org](https://github.com/eksempel-kommune).
"""


def test_links_into_the_repository_itself_are_findings() -> None:
    own = own_repositories(["git@github.com:eksempel-kommune/tilstandsrapport.git"])
    assert own == frozenset({"eksempel-kommune/tilstandsrapport"})
    found = check_repository_links(scan(REPOSITORY_LINKS, 1), "report/kapitler/01-a.md", own, frozenset())
    assert [f.line for f in found] == [1, 2]
    assert all(f.code == "link.repository" and "filnavnet" in f.hint for f in found)
    # The organisation from «team» in report/rapport.yaml covers its other repositories too.
    by_org = check_repository_links(
        scan(REPOSITORY_LINKS, 1), "report/kapitler/01-a.md", frozenset(), frozenset({"eksempel-kommune"})
    )
    assert [f.line for f in by_org] == [1, 2, 3]


def test_remotes_in_every_form_git_writes() -> None:
    urls = [
        "https://github.com/org/repo.git",
        "https://github.com/org/repo",
        "ssh://git@github.com/org/repo2.git",
        "git@gitlab.example:org/annet.git",
    ]
    assert own_repositories(urls) == frozenset({"org/repo", "org/repo2"})
