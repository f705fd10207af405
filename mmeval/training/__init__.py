"""mmeval.training"""

__all__: list[str] = []
