"""PLACEHOLDER (helper P replaces): gazetteer, recognition, resolution."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("frontlines_places")
def _places(doc: Doc) -> Doc:
    return doc
