"""A small client for GitHub's REST API: urllib and the workflow's token, nothing more.

Only what the review needs (read pull requests, reviews and team members; write one
comment). The opener is injected, so tests talk to a local server with recorded answers.
Every failure becomes ApiError with the HTTP status (0 when GitHub could not be reached),
which callers turn into one Norwegian sentence: a missing record never stops a build.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol

DEFAULT_API = "https://api.github.com"
TIMEOUT_SECONDS = 20
MAX_PAGES = 20  # 2,000 items at 100 a page: far beyond one report's pull requests
_NEXT = re.compile(r'<([^>]+)>;\s*rel="next"')


class ApiError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"{status} {reason}")
        self.status = status  # 0: no answer (offline, DNS, timeout)
        self.reason = reason


class Opener(Protocol):
    """What urllib's OpenerDirector offers; tests may pass their own."""

    def open(self, fullurl: urllib.request.Request, data: None = None, timeout: float | None = ...) -> Any: ...


class Response(NamedTuple):
    data: Any
    next_url: str | None


class GitHub:
    def __init__(self, token: str, api_url: str = DEFAULT_API, opener: Opener | None = None) -> None:
        self.token = token
        self.api_url = (api_url or DEFAULT_API).rstrip("/")
        self.opener: Opener = opener if opener is not None else urllib.request.build_opener()

    @classmethod
    def from_environment(cls, env: Mapping[str, str], opener: Opener | None = None) -> GitHub | None:
        """The client for the workflow's token (GITHUB_TOKEN or GH_TOKEN); None without one."""
        token = (env.get("GITHUB_TOKEN") or env.get("GH_TOKEN") or "").strip()
        if not token:
            return None
        return cls(token, env.get("GITHUB_API_URL", DEFAULT_API), opener)

    def call(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> Response:
        url = path if path.startswith(("http://", "https://")) else self.api_url + path
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/vnd.github+json")
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("X-GitHub-Api-Version", "2022-11-28")
        request.add_header("User-Agent", "rapportlinja")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with self.opener.open(request, timeout=TIMEOUT_SECONDS) as answer:
                raw = answer.read()
                link = answer.headers.get("Link", "") if answer.headers else ""
        except urllib.error.HTTPError as error:
            raise ApiError(error.code, str(error.reason)) from None
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise ApiError(0, str(getattr(error, "reason", error))) from None
        try:
            parsed = json.loads(raw.decode("utf-8")) if raw else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ApiError(0, "svaret var ikke JSON") from None
        found = _NEXT.search(link or "")
        return Response(parsed, found.group(1) if found else None)

    def get(self, path: str) -> Any:
        return self.call("GET", path).data

    def get_all(self, path: str) -> list[Any]:
        """Every item of a paged list, following GitHub's Link headers."""
        items: list[Any] = []
        url: str | None = path + ("&" if "?" in path else "?") + "per_page=100"
        for _ in range(MAX_PAGES):
            if url is None:
                break
            response = self.call("GET", url)
            if not isinstance(response.data, list):
                raise ApiError(0, "svaret var ikke en liste")
            items.extend(response.data)
            url = response.next_url
        return items
