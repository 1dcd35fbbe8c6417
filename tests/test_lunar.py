"""The holidays whose day moves from year to year: the lunar ones' table (times/lunar.yaml), every year's days where
the lunar calendar puts them; the weekday ones' rules (times/weekday_holidays.yaml), on their weekday every year."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.times.rules import _lunar, _moving_day, _weekday_holidays

YEARS = sorted(_lunar()[1])


def test_the_table_covers_every_year_from_1990_to_2050() -> None:
    assert list(range(1990, 2051)) == YEARS


@pytest.mark.parametrize("year", YEARS)
def test_each_holiday_falls_in_its_season(year: int) -> None:
    spring = _moving_day("spring", 0, year)
    assert spring is not None and dt.date(year, 1, 21) <= spring <= dt.date(year, 2, 20)
    # (the first month's fifteenth day, two weeks after its first)
    assert _moving_day("lantern", 0, year) == spring + dt.timedelta(days=14)
    assert _moving_day("eve", 0, year) == spring - dt.timedelta(days=1)
    dragon, autumn = _moving_day("dragon", 0, year), _moving_day("autumn", 0, year)
    assert dragon is not None and dt.date(year, 5, 26) <= dragon <= dt.date(year, 6, 26)
    assert autumn is not None and dt.date(year, 9, 7) <= autumn <= dt.date(year, 10, 8)


def test_a_year_outside_the_table_has_no_day() -> None:
    assert _moving_day("spring", 0, 1989) is None


def test_every_name_is_of_a_kind_the_table_gives() -> None:
    kinds, days = _lunar()
    assert set(kinds.values()) - {"eve"} == set(days[2025])


@pytest.mark.parametrize("year", range(1990, 2051, 7))
def test_a_weekday_holiday_falls_on_its_weekday_in_its_week(year: int) -> None:
    thanksgiving = _moving_day(_weekday_holidays()["Thanksgiving"], 0, year)
    assert thanksgiving is not None and thanksgiving.isoweekday() == 4
    assert dt.date(year, 11, 22) <= thanksgiving <= dt.date(year, 11, 28)  # (November's fourth Thursday)
    assert _moving_day(_weekday_holidays()["Black Friday"], 0, year) == thanksgiving + dt.timedelta(days=1)
    assert _moving_day(_weekday_holidays()["感恩节"], -1, year) == thanksgiving - dt.timedelta(days=1)
