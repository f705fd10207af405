"""mmeval.verifiers"""

__all__: list[str] = []
