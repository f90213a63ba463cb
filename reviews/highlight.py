"""Split a post's text into plain and highlighted segments for display."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[int, ...] = ()

    @property
    def highlighted(self) -> bool:
        return bool(self.marks)


def segments(text: str, spans: Iterable[tuple[int, int]]) -> list[Segment]:
    """text cut at every span boundary; each segment lists the spans (by index) covering it.

    Spans may overlap or fall outside the text (they are clipped), so two findings
    on the same words both show.
    """
    clipped = [(max(0, s), min(len(text), e)) for s, e in spans]
    cuts = sorted({0, len(text), *(p for span in clipped for p in span)})
    result = []
    for start, end in itertools.pairwise(cuts):
        if start == end:
            continue
        covering = tuple(i for i, (s, e) in enumerate(clipped) if s <= start and end <= e and s < e)
        result.append(Segment(text[start:end], covering))
    return result
