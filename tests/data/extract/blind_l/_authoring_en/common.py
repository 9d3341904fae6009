"""Helpers: gold statements are marked inline with {{ ... }} and extracted by build.py."""


def D(genre, kind, title, text, hard_case, guests=None, cues=None):
    return dict(genre=genre, kind=kind, title=title, text=text,
                hard_case=hard_case, guests=guests or [], cues=cues)


def A(genre, title, text, hard_case):
    return D(genre, "article", title, text, hard_case)


def L(genre, title, text, hard_case):
    return D(genre, "label", title, text, hard_case)


def U(title, text, guests, hard_case):
    return D("podcast_unlabelled", "unlabeled", title, text, hard_case, guests=guests)


def V(title, cues, hard_case):
    return D("vtt", "vtt", title, "", hard_case, cues=cues)
