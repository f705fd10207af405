"""mmeval.reports"""

__all__: list[str] = []
