"""The Jinja2 environment: built once, sandboxed, strict, escaping for Typst."""

from __future__ import annotations

import functools

from jinja2 import PackageLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from rapportlinja.render import escape, mdtext


@functools.cache
def environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=PackageLoader("rapportlinja", "render/templates"),
        undefined=StrictUndefined,
        finalize=escape.finalize,
        autoescape=False,  # HTML escaping is wrong for Typst; `finalize` escapes instead
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["str"] = escape.string
    env.filters["code"] = escape.TypstCode
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


@functools.cache
def markdown_environment() -> ImmutableSandboxedEnvironment:
    """The same templates folder, escaping for Markdown (agendas are written as .md and .pdf)."""
    env = ImmutableSandboxedEnvironment(
        loader=PackageLoader("rapportlinja", "render/templates"),
        undefined=StrictUndefined,
        finalize=mdtext.finalize,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["code"] = mdtext.MarkdownCode
    return env


def render_markdown(template: str, **context: object) -> str:
    return markdown_environment().get_template(template).render(**context)
