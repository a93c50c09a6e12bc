"""The command line's own error: what a command refuses, said to the user without a traceback."""


class CliError(Exception):
    """A user-facing error from the command line."""
