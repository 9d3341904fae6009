DOCS = []


def d(n, genre, kind, title, text, hard_case, guests=None, vtt=None):
    DOCS.append(dict(n=n, genre=genre, kind=kind, title=title, text=text,
                     hard_case=hard_case, guests=guests or [], vtt=vtt))
