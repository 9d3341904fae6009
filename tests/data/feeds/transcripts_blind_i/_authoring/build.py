"""Regenerate every page and its gold from the p*.py data scripts, then run the checker."""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for p in sorted(glob.glob(os.path.join(HERE, 'p[0-9][0-9].py'))):
    subprocess.run([sys.executable, p], cwd=HERE, check=True)
sys.exit(subprocess.run([sys.executable, os.path.join(HERE, 'check.py')] + sys.argv[1:], cwd=HERE).returncode)
