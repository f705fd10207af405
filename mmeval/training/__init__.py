"""mmeval.training: MM-Eureka-style rule-based RL on TRL's GRPOTrainer, rewarded by mmeval's verifiers.

Modules: `recipe` (the frozen `Recipe` with MM-Eureka's defaults), `data` (MM-Eureka row formats ->
TRL rows), `trainer` (`EurekaGRPOTrainer`: difficulty filter, RLOO; its docstring says exactly how it
departs from GRPO), `metrics` + `callbacks` (run-format `metrics.jsonl`, evaluation during training),
`train` (the `mmeval train` pipeline), `reward_app` + `reward_server` (OpenRLHF remote reward
protocol on uvicorn), `cli`.
Only `recipe` is imported here, so `import mmeval.training` does not pull in torch or TRL.
"""

from mmeval.training.recipe import ADVANTAGES, Recipe, save_resolved_config

__all__ = ["ADVANTAGES", "Recipe", "save_resolved_config"]
