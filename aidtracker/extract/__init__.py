"""Rule-based extraction: quantities, systems, actors, status cues and dates into records."""
from .pipeline import DocumentExtractor, extract_document, infer_date

__all__ = ["DocumentExtractor", "extract_document", "infer_date"]
