"""The `kg` command: thin click commands over the library, one module per command group."""
from __future__ import annotations

import importlib

import click

#: Each command and the module (kg.cli.<module>) that adds it to `main` when imported: a
#: command's module, and what it imports, is loaded only when that command runs (or --help
#: lists them all), so `kg query` does not load the builder's jieba, spaCy or view code.
COMMANDS = {"build": "build", "stats": "build", "evaluate": "build", "export": "export", "query": "query",
            "sparql": "sparql", "serve": "serve", "viz": "viz", "push": "push", "review": "review",
            "explain": "explain"}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, context: click.Context) -> list[str]:
        for name in COMMANDS:
            self.get_command(context, name)
        return super().list_commands(context)

    def get_command(self, context: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            importlib.import_module(f"{__name__}.{COMMANDS[name]}")
        return super().get_command(context, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ailaw-kg")
def main() -> None:
    """Turn AI-law news into a knowledge graph, then query, export and view it."""
