# One-off wording patch 3.
p = "statements_data.py"
src = open(p, encoding="utf-8").read()
R = {
 "马斯克说，中国现在每年的轨道发射次数已经超过美国了。":
   "马斯克说，按一年能打多少发入轨火箭来算，中国已经把美国比下去了。",
 "Musk said China is now sending more rockets to orbit every year than the US.":
   "Musk said China has overtaken America in how many rockets it puts into orbit each year.",
 "Musk said China now has the highest density of industrial robots of any country.":
   "Musk said that, measured against the size of its workforce, China's factories are now the most robot-packed in the world.",
}
for old, new in R.items():
    assert src.count(old) == 1, old
    src = src.replace(old, new)
open(p, "w", encoding="utf-8").write(src)
print("ok")
