"""Report writers (layout only; the numbers come from aggregate)."""
from .excel import write_report

__all__ = ["write_report"]
