"""``dateline extract FILE…``: draft events and quotes from news articles."""

from __future__ import annotations

import json

import click


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--published", metavar="WHEN", help="Publication date (wins over the one a web page gives).")
@click.option("--tz", metavar="ZONE", help="Time zone of the source, e.g. Europe/Kyiv.")
@click.option("--source", metavar="NAME", help="Source name (default: the page's site, else the title).")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the drafts, one JSON object a line per article; write nothing."
)
@click.pass_context
def extract_cmd(
    ctx: click.Context, files: tuple[str, ...], published: str | None, tz: str | None, source: str | None, as_json: bool
) -> None:
    """Draft events (dates, places, casualties, quotes with speakers) from articles:
    plain text, Markdown or a saved web page. With --json the drafts are printed and
    nothing is written; without it, they open in the review screen."""
    from dateline.db.dates import DateError
    from dateline.db.extract.run import extract_file
    from dateline.db.text import shown
    from dateline.db.zones import zone_of as zone
    from dateline.tui.cli import friendly, refuse_read_only

    @friendly
    def run() -> None:
        if not as_json:
            refuse_read_only(
                ctx, "the review writes what you accept to the store", "leave --read-only out, or add --json"
            )
        zone(tz)
        results = []
        for f in files:
            try:
                results.append(extract_file(f, published, tz, source))
            except (ValueError, DateError) as exc:
                msg = str(exc)
                raise click.ClickException(msg if msg.startswith(str(f)) else f"{f}: {msg}") from None
        for f, r in zip(files, results):
            if not r.drafts:
                click.echo(shown(f"{f}: no dated events found"), err=True)
        if as_json:
            for r in results:  # one JSON object a line, an article each
                click.echo(json.dumps(r.as_json(), ensure_ascii=False))
            return
        from dateline.db import store
        from dateline.tui.cli import open_for_reading, store_path

        path, is_default = store_path(ctx)
        if not is_default and not path.exists():
            with store.new_store_atomically(path):
                pass  # an empty store for what is accepted
        db = open_for_reading(ctx)
        try:
            from dateline.tui.review import ReviewApp
        except ImportError:
            raise click.ClickException("the review screen is not in this build; use --json") from None
        ReviewApp(db, results).run()

    run()
