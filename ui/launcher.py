"""The `crisiscell` command: a known sub-command runs the CLI, anything else opens the window."""

from __future__ import annotations

import sys

_CLI_OPTIONS = frozenset({"-h", "--help", "--version"})


def cli_commands() -> frozenset[str]:
    """The sub-command names of app.cli's parser."""
    import argparse

    from app.cli import build_parser

    parser = build_parser()
    for action in parser._actions:  # argparse keeps sub-parsers only there
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


def main(argv: list[str] | None = None) -> int:
    """Run `crisiscell ARGS`: CLI for sub-commands, the window otherwise."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args and (args[0] in _CLI_OPTIONS or args[0] in cli_commands()):
        from app.cli import main as cli_main

        return cli_main(args)
    from ui.main_window import main as window_main

    status = window_main(args, exec_=True)
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())
