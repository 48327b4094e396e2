"""The resolver's vocabulary: intervals, precisions, errors, and what a reading knows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

# The precision words, stable in the JSON, the detail pane and the exports (README:
# "How dates are resolved"). Order: narrow to wide.
PRECISIONS = (
    "minute",
    "hour",
    "small hours",
    "night",
    "morning",
    "afternoon",
    "evening",
    "day",
    "weekend",
    "part of week",
    "week",
    "part of month",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "range",
)


@dataclass(frozen=True)
class Interval:
    start: datetime  # aware
    end: datetime  # aware, exclusive
    precision: str
    rule: str = field(default="", compare=False)  # which rule or library read the words

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(timespec="seconds"), self.end.isoformat(timespec="seconds")


class DateError(ValueError):
    """A date that cannot be read; the message is one readable line."""


def quote(text: object) -> str:
    one = " ".join(str(text).split())
    return one if len(one) <= 80 else one[:77] + "..."


def cannot(text: object, what: str = "date") -> DateError:
    return DateError(f"cannot read {what} '{quote(text)}'")


@dataclass(frozen=True)
class Context:
    """What a reading knows besides the words: the publication moment in the story's
    zone, which way the words look, and the anchor event for "two days later"."""

    pub: datetime  # aware, in ``zone``
    zone: tzinfo
    forward: bool = False  # the words (or status=planned) look ahead
    past: bool = False  # the words report what happened
    anchor: Interval | None = None  # the event "two days later" follows
    south: bool = False  # seasons of the southern hemisphere
    fiscal_start: int = 1  # first month of the fiscal year
    results: bool = False  # the words stand in a sentence about (quarterly) results
    country: str = ""  # ISO code of the story's country (given, else its zone's), "" if not known
    planned: bool = False  # the record is a plan (status=planned), not only words that look ahead
