"""A local issue tracker that answers as api.github.com does, for the reminder workflow's tests.

Played-back exchanges (tests/read/fake_github.py) cannot answer a second run with the issues the
first run wrote, so this one keeps state: the issues endpoints and labels the workflow uses, answers
shaped like the recorded issue in tests/read/recorded/github/issue-created.json, a pull request in
the list (which must be left alone), and GraphQL's pinIssue. Every request is kept for the test.
"""

from __future__ import annotations

import copy
import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.read.fake_github import RECORDED

REPO = "eksempel-kommune/tilstandsrapport"
TEMPLATE: dict[str, Any] = json.loads((RECORDED / "issue-created.json").read_text(encoding="utf-8"))
TEMPLATE.pop("_comment")


class Tracker:
    def __init__(self, pin_allowed: bool = True) -> None:
        self.issues: dict[int, dict[str, Any]] = {}
        self.labels: set[str] = set()
        self.seen: list[dict[str, Any]] = []
        self.pinned: set[int] = set()
        self.pin_allowed = pin_allowed
        self.url = ""
        # Someone's pull request with our label: the list endpoint returns it among the issues.
        self.add({"title": "Endre kapittel 5", "body": "<!-- rapportlinja:frist:x -->", "pull_request": {}})

    def add(self, fields: dict[str, Any]) -> dict[str, Any]:
        number = len(self.issues) + 1
        issue = copy.deepcopy(TEMPLATE) | {"number": number, "node_id": f"I_node{number}"} | fields
        issue["labels"] = [{"name": name} for name in fields.get("labels", ["rapportlinja"])]
        self.issues[number] = issue
        return issue

    @property
    def writes(self) -> list[dict[str, Any]]:
        return [r for r in self.seen if r["method"] != "GET"]

    def open_issues(self) -> dict[str, dict[str, Any]]:
        return {i["title"]: i for i in self.issues.values() if i["state"] == "open" and "pull_request" not in i}

    def answer(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        parsed = urllib.parse.urlsplit(path)
        route = parsed.path
        base = f"/repos/{REPO}"
        if route == "/graphql" and method == "POST":
            if not self.pin_allowed:
                return 200, {"errors": [{"type": "FORBIDDEN", "message": "Resource not accessible by integration"}]}
            number = int(body["variables"]["id"].removeprefix("I_node"))
            self.pinned.add(number)
            return 200, {"data": {"pinIssue": {"issue": {"number": number}}}}
        if route.startswith(f"{base}/labels/") and method == "GET":
            name = urllib.parse.unquote(route.rsplit("/", 1)[1])
            return (200, {"name": name}) if name in self.labels else (404, {"message": "Not Found"})
        if route == f"{base}/labels" and method == "POST":
            self.labels.add(body["name"])
            return 201, body
        if route == f"{base}/issues" and method == "GET":
            query = urllib.parse.parse_qs(parsed.query)
            wanted = query["labels"][0]
            found = [i for i in self.issues.values() if any(label["name"] == wanted for label in i["labels"])]
            return 200, found
        if route == f"{base}/issues" and method == "POST":
            return 201, self.add({"title": body["title"], "body": body["body"], "labels": body["labels"]})
        if route.startswith(f"{base}/issues/") and method == "PATCH":
            issue = self.issues[int(route.rsplit("/", 1)[1])]
            issue.update(body)
            if body.get("state") == "open":
                issue["state_reason"] = "reopened"
            return 200, issue
        return 599, {"message": f"uventet: {method} {path}"}


@contextmanager
def serve(pin_allowed: bool = True) -> Iterator[Tracker]:
    tracker = Tracker(pin_allowed)

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            tracker.seen.append({"method": self.command, "path": self.path, "body": body})
            status, answer = tracker.answer(self.command, self.path, body)
            data = json.dumps(answer).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PATCH = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tracker.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tracker
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
