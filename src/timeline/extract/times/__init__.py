"""Temporal expressions (dates, periods, relative dates) in Chinese and English text."""

from timeline.extract.times.rules import RawTime, TimeMention, find_times, resolve, scan

__all__ = ["RawTime", "TimeMention", "find_times", "resolve", "scan"]
