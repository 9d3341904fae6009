DOCS = []
def add(genre, title, text, gold, hard, kind="article", guests=None, vtt=None):
    DOCS.append(dict(genre=genre, kind=kind, title=title, text=text.strip(), gold=gold,
                     hard=hard, guests=guests or [], vtt=vtt))
