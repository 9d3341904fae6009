"""Render all 16 pages and their gold from the page modules p01..p16."""
import importlib
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    total = 0
    for i in range(1, 17):
        mod = importlib.import_module(f"p{i:02d}")
        name, page, exp = mod.build()
        assert name.startswith(f"v{i:02d}_"), name
        with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        total += len(exp["turns"])
        print(f"{name:45s} {len(page.encode('utf-8')):6d} B  turns={len(exp['turns'])}")
    print("total turns", total)


if __name__ == "__main__":
    main()
