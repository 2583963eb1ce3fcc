"""Issue 19, defect 12: every gzip member is read, and a truncated gzip file is a named DecodeError."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from articlekit.batch.inputs import read_input
from articlekit.errors import DecodeError, InputError

PART1 = b"<html><body><p>First member of the page.</p>"
PART2 = b"<p>Second member, which used to be dropped.</p></body></html>"


def test_every_member_of_a_multi_member_gzip_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PART1) + gzip.compress(PART2))
    assert read_input(path, max_bytes=10_000) == PART1 + PART2


def test_a_truncated_gzip_is_a_named_decode_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    whole = gzip.compress(PART1 + PART2 * 50)
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DecodeError, match=r"cut\.html\.gz: truncated gzip"):
        read_input(path, max_bytes=10_000)


def test_a_truncated_second_member_is_a_decode_error(tmp_path: Path) -> None:
    path = tmp_path / "two.html.gz"
    second = gzip.compress(PART2)
    path.write_bytes(gzip.compress(PART1) + second[:-6])
    with pytest.raises(DecodeError, match="truncated"):
        read_input(path, max_bytes=10_000)


def test_members_together_over_the_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.html.gz"
    path.write_bytes(gzip.compress(b"a" * 6_000) + gzip.compress(b"b" * 6_000))
    with pytest.raises(InputError, match="limit"):
        read_input(path, max_bytes=10_000)


def test_trailing_zero_padding_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "padded.html.gz"
    path.write_bytes(gzip.compress(PART1) + b"\0" * 512)
    assert read_input(path, max_bytes=10_000) == PART1


def test_trailing_garbage_is_a_decode_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.html.gz"
    path.write_bytes(gzip.compress(PART1) + b"this is not gzip")
    with pytest.raises(DecodeError):
        read_input(path, max_bytes=10_000)
