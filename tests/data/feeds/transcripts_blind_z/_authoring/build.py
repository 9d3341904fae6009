"""Render every page and write NAME.html + NAME.expected.json into the batch directory."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import pages_a, pages_b, pages_c, pages_d

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def main():
    for mod in (pages_a, pages_b, pages_c, pages_d):
        for fn in mod.PAGES:
            name, html_text, g = fn()
            with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
                f.write(html_text)
            with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(g.as_json(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            print("%-32s %2d turns  %6d bytes" % (name, len(g.turns), len(html_text.encode("utf-8"))))

if __name__ == "__main__":
    main()
