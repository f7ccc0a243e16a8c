"""Performance-indicator auditor for Chinese budget disclosures (部门预算公开绩效目标表)."""

__version__ = "0.1.0"
