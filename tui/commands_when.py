"""`dateline when`: how the resolver reads a date as written, before you trust it."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import click


def _anchor(text: str | None, tz: str | None, published: datetime):
    """--after: the interval of the event the words follow, ISO "START" or "START/END";
    without an offset, in the source's zone (--tz, else the publication's offset)."""
    if not text:
        return None
    start, _, end = text.partition("/")
    from dateline.db.dates import interval_for_iso, zone_named

    return interval_for_iso(start, end or None, zone=zone_named(tz) if tz else published.tzinfo)


@click.command("when")
@click.argument("text")
@click.option(
    "--published", metavar="WHEN", help="Publication date and time the words are read against (default: now)."
)
@click.option("--tz", metavar="ZONE", help="Time zone of the source, e.g. Europe/Kyiv (default: --published's offset).")
@click.option("--planned", is_flag=True, help="The event is planned: the words look ahead.")
@click.option(
    "--after", metavar="START[/END]", help="The event these words follow (for 'two days later'), in ISO 8601."
)
@click.option("--country", metavar="CC", help="The source's country, for its fiscal year (US, GB, JP, IN, AU...).")
@click.option(
    "--fiscal-year-start", type=click.IntRange(1, 12), metavar="MONTH", help="First month of the fiscal year."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def when_command(
    text: str,
    published: str | None,
    tz: str | None,
    planned: bool,
    after: str | None,
    country: str | None,
    fiscal_year_start: int | None,
    as_json: bool,
) -> None:
    """Show the interval TEXT means in a report published at --published: its start,
    end (exclusive), precision, and the rule or library that read it.

    \b
    dateline when "overnight on Saturday" --published 2024-09-21T12:00+03:00
    dateline when "will fly to Warsaw on Tuesday" --published 2024-11-20 --tz America/New_York
    """
    from dateline.db.dates import DateError, publication, resolve

    try:
        pub = publication(published, tz) if published else datetime.now().astimezone()
        iv = resolve(
            text,
            pub,
            tz,
            status="planned" if planned else None,
            anchor=_anchor(after, tz, pub),
            fiscal_year_start=fiscal_year_start,
            country=country,
        )
    except DateError as exc:
        from dateline.db.text import shown

        click.echo(f"Error: {shown(str(exc))}", err=True)  # as every command says it; the words quoted show escaped
        sys.exit(1)
    start, end = iv.iso()
    if as_json:
        click.echo(
            json.dumps(
                {
                    "text": text,
                    "published": pub.isoformat(timespec="seconds"),
                    "start": start,
                    "end": end,
                    "precision": iv.precision,
                    "rule": iv.rule,
                },
                ensure_ascii=False,
            )
        )
        return
    click.echo(f"{start} → {end}")
    click.echo(f"precision  {iv.precision}")
    click.echo(f"read by    {iv.rule}")
    click.echo(f"published  {pub.isoformat(timespec='minutes')}")
