"""`python -m sinotech`."""

from .cli import main

main()
