"""The Jinja2 environments: built once, sandboxed, strict, each escaping for its target format."""

from __future__ import annotations

import functools
from collections.abc import Callable

from jinja2 import PackageLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from rapportlinja.base import escape
from rapportlinja.render import mdtext


def _environment(
    finalize: Callable[[object], str], filters: dict[str, Callable[..., str]]
) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=PackageLoader("rapportlinja", "render/templates"),
        undefined=StrictUndefined,
        finalize=finalize,  # every printed value is escaped unless it is our own markup
        autoescape=False,  # HTML escaping is wrong for Typst and Markdown; `finalize` escapes instead
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(filters)
    return env


@functools.cache
def environment() -> ImmutableSandboxedEnvironment:
    """For Typst templates."""
    return _environment(escape.finalize, {"str": escape.string, "code": escape.TypstCode})


@functools.cache
def markdown_environment() -> ImmutableSandboxedEnvironment:
    """For Markdown templates (agendas are written as .md and .pdf)."""
    return _environment(mdtext.finalize, {"code": mdtext.MarkdownCode})


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def render_markdown(template: str, **context: object) -> str:
    return markdown_environment().get_template(template).render(**context)
