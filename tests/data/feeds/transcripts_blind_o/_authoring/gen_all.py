import subprocess, sys, glob, os
here = os.path.dirname(os.path.abspath(__file__))
for p in sorted(glob.glob(os.path.join(here, 'p[0-9][0-9].py'))):
    subprocess.run([sys.executable, p], check=True, cwd=here)
