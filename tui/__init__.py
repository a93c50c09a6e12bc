"""gesprek: run a functioneringsgesprek live in the terminal."""

__version__ = "0.1.0"
