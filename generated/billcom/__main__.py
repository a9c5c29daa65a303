"""`python -m billcom`: the `billcom` command."""

from .cli import main

main()
