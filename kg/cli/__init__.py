"""The `kg` command: thin click commands over the library, one module per command group."""
from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ailaw-kg")
def main() -> None:
    """Turn AI-law news into a knowledge graph, then query, export and view it."""


# Each module below adds its commands to `main` when imported.
from . import build  # noqa: E402,F401  build, stats, evaluate
from . import export  # noqa: E402,F401
from . import query, sparql, serve  # noqa: E402,F401
from . import viz  # noqa: E402,F401
from . import push  # noqa: E402,F401
from . import review  # noqa: E402,F401
from . import explain  # noqa: E402,F401
