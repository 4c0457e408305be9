"""Shell completion of problem slugs (click's completion calls this on every Tab).

Kept cheap: it lists the problem folders' names and loads no problem.
"""

from __future__ import annotations

from click import Context, Parameter
from click.shell_completion import CompletionItem


def complete_slug(ctx: Context, param: Parameter, incomplete: str) -> list[CompletionItem]:
    """The library's slugs that start with what is typed so far."""
    from judge.registry import slugs

    return [CompletionItem(slug) for slug in slugs() if slug.startswith(incomplete)]
