"""A local stand-in for api.github.com that plays back recorded exchanges, in order.

Each recorded file is a list of {"request": {"method", "path"}, "response": {"status", "body"}}.
The server answers each request with the first unused exchange of the same method and path
(so two recorded answers to the same GET are given in their recorded order), with 599 when
none is left, and keeps every request it saw (with its JSON body) for the test to read.
`{name}` in a recorded path or body is replaced from `substitutions` (commit ids of a Git
repository made by the test).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDED = Path(__file__).parent / "recorded" / "github"


def load(name: str, substitutions: dict[str, str] | None = None) -> list[dict[str, Any]]:
    text = (RECORDED / name).read_text(encoding="utf-8")
    for key, value in (substitutions or {}).items():
        text = text.replace("{" + key + "}", value)
    data: list[dict[str, Any]] = json.loads(text)
    return data


class Playback:
    def __init__(self, exchanges: list[dict[str, Any]]) -> None:
        self.exchanges = exchanges
        self.used: set[int] = set()
        self.seen: list[dict[str, Any]] = []
        self.url = ""

    @property
    def done(self) -> bool:
        return len(self.used) == len(self.exchanges) == len(self.seen)

    def take(self, method: str, path: str) -> dict[str, Any] | None:
        for index, exchange in enumerate(self.exchanges):
            if index not in self.used and (exchange["request"]["method"], exchange["request"]["path"]) == (
                method,
                path,
            ):
                self.used.add(index)
                return exchange
        return None


@contextmanager
def serve(*names: str, substitutions: dict[str, str] | None = None) -> Iterator[Playback]:
    playback = Playback([exchange for name in names for exchange in load(name, substitutions)])

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            request = {
                "method": self.command,
                "path": self.path,
                "body": json.loads(raw) if raw else None,
                "authorization": self.headers.get("Authorization"),
            }
            playback.seen.append(request)
            expected = playback.take(self.command, self.path)
            if expected is None:
                status, body, headers = 599, {"message": f"uventet: {self.command} {self.path}"}, {}
            else:
                response = expected["response"]
                status, body = response["status"], response.get("body")
                headers = response.get("headers", {})
            data = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value.replace("{base}", playback.url))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PATCH = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    playback.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield playback
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
