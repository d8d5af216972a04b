"""factdiff: which facts differ between versions of the same news article.

Stages, one module each: ingest -> ner -> normalize -> align -> compare -> export.
"""

__version__ = "0.1.0"
