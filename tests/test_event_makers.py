"""A model's maker read off its events (models.facts.with_event_makers), when no mention states one."""

from __future__ import annotations

import datetime as dt

from timeline.extract.models.facts import with_event_makers
from timeline.records import EventRecord, ModelRecord, Provenance

_PROV = Provenance(line_start=1, line_end=1, char_start=0, char_end=3, quote="abc")


def _model(name: str, org: str | None = None) -> ModelRecord:
    return ModelRecord(name=name, canonical=name, org=org, prov=_PROV)


def _event(models: tuple[str, ...], org: str | None, action: str | None = "released") -> EventRecord:
    day = dt.date(2025, 3, 1)
    return EventRecord(date="2025-03-01", precision="day", earliest=day, latest=day, models=models, org=org,
                       action=action, status="reported", prov=_PROV)


def test_the_one_company_that_acts_on_a_model_alone_is_its_maker() -> None:
    found = with_event_makers([_model("Atlas-8")], [_event(("Atlas-8",), "Acme Robotics")])
    assert found[0].org == "Acme Robotics"


def test_a_stated_maker_stays() -> None:
    found = with_event_makers([_model("Atlas-8", "Foo AI")], [_event(("Atlas-8",), "Acme Robotics")])
    assert found[0].org == "Foo AI"


def test_no_maker_from_two_companies_a_shared_event_or_one_without_a_verb() -> None:
    models = [_model("Zeta-2"), _model("Eta-3"), _model("Theta-4")]
    events = [_event(("Zeta-2",), "Foo AI"), _event(("Zeta-2",), "Bar Labs"),
              _event(("Eta-3", "Theta-4"), "Acme"), _event(("Theta-4",), "Acme", action=None)]
    assert [m.org for m in with_event_makers(models, events)] == [None, None, None]
