"""`python -m pipeline` runs the factdiff command line."""

from pipeline.cli import main

main()
