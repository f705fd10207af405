"""Judge models for mmeval: an OpenAI-compatible client, an on-disk reply cache, per-benchmark extractor
and verifier prompts, the cascade policy (rules first, a judge only for what they did not decide) and the
same cascade as an RL reward.

    from mmeval.judges import ChatJudge, ReplyCache, Cascade
    cascade = Cascade(ChatJudge("http://127.0.0.1:8000/v1", "Qwen2.5-7B-Instruct"), ReplyCache("judge_cache"))

Imports point one way: judges use the verifiers and the benchmark definitions; runs and training use
judges; nothing here imports runs, models, reports or training.
"""

from mmeval.judges.cache import ReplyCache
from mmeval.judges.cascade import Cascade, cascade_summary
from mmeval.judges.client import ChatJudge, JudgeError

__all__ = ["ChatJudge", "JudgeError", "ReplyCache", "Cascade", "cascade_summary"]
