"""frontlines: armed-conflict event data from news text, offline."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "__version__"]


def extract(text: str, published=None, **kwargs):  # noqa: ANN001 - re-exported
    """Events of one article; see :func:`frontlines.extraction.pipeline.extract`."""
    from frontlines.extraction.pipeline import extract as _extract

    return _extract(text, published=published, **kwargs)
