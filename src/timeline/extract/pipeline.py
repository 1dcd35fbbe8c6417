"""One text in, its document record and validated facts out. No database here."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from timeline.extract.benchmarks import rules as benchmarks
from timeline.extract.benchmarks.model_index import card_scores
from timeline.extract.context import DocContext
from timeline.extract.contexts import rules as contexts
from timeline.extract.events import rules as events
from timeline.extract.events.rules import DatedMention
from timeline.extract.models import facts as models
from timeline.extract.parameters import rules as parameters
from timeline.records import DocumentRecord, FactRecord
from timeline.sources.frontmatter import (
    FrontMatter,
    FrontMatterError,
    byline,
    dateline,
    headline_date,
    masked_front_matter,
    published_from_front_matter,
    read_front_matter,
    restated_days,
    title_of,
    update_line,
    updated_day,
    updated_from_front_matter,
)
from timeline.text.normalize import normalize


@dataclass
class Extraction:
    document: DocumentRecord
    facts: list[FactRecord]
    times: list[DatedMention]
    context: DocContext
    warnings: list[str] = field(default_factory=list)


def extract_text(
    text: str,
    path: str,
    *,
    data: bytes | None = None,
    encoding: str = "utf-8",
    published: dt.date | None = None,
) -> Extraction:
    """Extract every fact of one decoded text. `published` overrides the document's own date."""
    warnings: list[str] = []
    front: FrontMatter | None
    try:
        front = read_front_matter(text)
    except FrontMatterError as exc:
        warnings.append(str(exc))
        front = exc.salvaged  # (its block is still front matter, and its plain fields are still read)
    fields = front.fields if front else {}
    mask = masked_front_matter(text, front)
    norm = normalize(text, mask)
    source: str | None = None
    dated_line: tuple[int, int] | None = None  # (the dateline's or the byline's: it dates the text, no event)
    title = title_of(fields, norm)
    if published is None:
        published, problem = published_from_front_matter(fields)
        warnings += [problem] if problem else []
        source = "front_matter" if published else None
        if published is None and (found := dateline(norm.text)) is not None:
            published, source, dated_line = found[0], "dateline", (found[1], found[2])
        if published is None and (found := byline(norm.text)) is not None:
            published, source, dated_line = found[0], "byline", (found[1], found[2])
        if published is None:
            published = headline_date(title)
            source = "headline" if published else None
    raw = data if data is not None else text.encode("utf-8")
    document = DocumentRecord(
        path=path, sha256=hashlib.sha256(raw).hexdigest(), size_bytes=len(raw), encoding=encoding,
        title=title, published=published, published_source=source,  # type: ignore[arg-type]
    )
    # (what the text reports is as of its last update, when it names one: "Last updated June 17, 2025"; in a text that
    # says when it was updated and not when it was published, its days are told as of the update)
    reference = published
    if reference is None and (found := update_line(norm.text)) is not None:
        reference, dated_line = found[0], (found[1], found[2])
    updated = updated_from_front_matter(fields) or (updated_day(norm.text[slice(*dated_line)]) if dated_line else None)
    ctx = DocContext.build(norm, reference, dated_line, updated,
                           restated_days(norm.text, dated_line) if reference is not None else None)
    times = events.document_times(ctx)
    found_events = events.extract(ctx, times)
    model_facts = models.with_event_makers(models.extract(ctx), found_events)
    found_events = models.with_model_makers(ctx, model_facts, found_events)
    facts: list[FactRecord] = [*model_facts, *found_events]
    facts += parameters.extract(ctx)
    facts += benchmarks.extract(ctx) + card_scores(ctx)
    facts += contexts.extract(ctx)
    warnings += ctx.problems
    return Extraction(document, models.named_as_facts(ctx, model_facts, facts), times, ctx, warnings)
