"""Shared helper: documents are authored with gold spans marked as ⟦...⟧ inside
title / text / vtt. build.py strips the markers and collects the gold list."""
import textwrap

DOCS = []


def doc(genre, kind, title, text, hard, guests=None, vtt=None):
    d = {
        "genre": genre,
        "kind": kind,
        "title": title.strip(),
        "text": textwrap.dedent(text).strip("\n") if text else "",
        "hard_case": hard,
        "guests": guests or [],
    }
    if vtt is not None:
        d["vtt"] = textwrap.dedent(vtt).lstrip("\n")
    DOCS.append(d)
    return d
