"""The `crisiscell` command: a sub-command runs the CLI; no argument, or only options (`--plan`,
`--language`, Qt's own), opens the window; a word that is no command is an error listing the
commands (never a window opening and waiting unseen, as `crisiscell new plan` once did)."""

from __future__ import annotations

import sys

_CLI_OPTIONS = frozenset({"-h", "--help", "--version"})


def cli_commands() -> frozenset[str]:
    """The sub-command names of app.cli.main's parser."""
    import argparse

    from app.cli.main import build_parser

    parser = build_parser()
    for action in parser._actions:  # argparse keeps sub-parsers only there
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


def unknown_command_message(word: str) -> str:
    """What `crisiscell WORD` says when WORD is no sub-command."""
    return (f"crisiscell: unknown command {word!r}. Commands: "
            f"{', '.join(sorted(cli_commands()))}.\n"
            "Run 'crisiscell COMMAND --help' for one, or 'crisiscell' alone (or with --plan "
            "PATH) to open the window.")


def main(argv: list[str] | None = None) -> int:
    """Run `crisiscell ARGS`: CLI for sub-commands, the window for none or options only."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args and (args[0] in _CLI_OPTIONS or args[0] in cli_commands()):
        from app.cli.main import main as cli_main

        return cli_main(args)
    if args and not args[0].startswith("-"):
        print(unknown_command_message(args[0]), file=sys.stderr)
        return 2
    from ui.startup import main as window_main

    status = window_main(args, exec_=True)
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())
