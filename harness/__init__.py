"""The evaluation and benchmark harness: run by `make eval` and `make bench`, not shipped."""
