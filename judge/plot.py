"""`judge run --plot FILE`: time against n on log-log axes, solution and reference.

matplotlib is an optional extra (`pip install 'judge[plot]'`); without it the
option says how to get it instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from judge.complexity import GROWTH, canonical, fit_class, slope
from judge.errors import UsageError
from judge.report import Complexity

FORMATS = (".png", ".svg", ".pdf")


def _fitted(sizes: list[int], times: list[int]) -> tuple[str, list[float]]:
    name = fit_class(sizes, [float(t) for t in times])
    f = GROWTH[name]
    xs = [f(n) for n in sizes]
    a = max(slope(xs, [float(t) for t in times]), 0.0)
    c = max(sum(t - a * x for t, x in zip(times, xs, strict=True)) / len(times), 0.0)
    return name, [a * x + c for x in xs]


def plot_growth(growth: Complexity, title: str, path: Path) -> None:
    if path.suffix.lower() not in FORMATS:
        raise UsageError(f"--plot writes {', '.join(FORMATS)} files, not {path.suffix or 'no suffix'}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise UsageError("--plot needs matplotlib: pip install 'judge[plot]'") from None
    sizes = list(growth.sizes)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for label, times, color in (
        ("your solution", growth.solution_ns, "tab:red"),
        ("reference", growth.reference_ns, "tab:blue"),
    ):
        points = list(times)[: len(sizes)]
        if not points:
            continue
        xs = sizes[: len(points)]
        ax.plot(xs, [t / 1e3 for t in points], "o", color=color, label=label)
        if len(points) >= 3:
            name, fit = _fitted(xs, points)
            ax.plot(xs, [t / 1e3 for t in fit], "-", color=color, alpha=0.6, label=f"{label}: fits {name}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("n")
    ax.set_ylabel("time per call (µs, in the sandbox)")
    expected = canonical(growth.expected) or growth.expected or "?"
    ax.set_title(f"{title}: expected {expected}, measured {growth.measured or '—'}")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
