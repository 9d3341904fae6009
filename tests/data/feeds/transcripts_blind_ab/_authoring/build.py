import subprocess, sys, os
here = os.path.dirname(os.path.abspath(__file__))
for p in ['p1.py','p2.py','p3.py','p4.py','p5.py','p6.py','p7.py']:
    subprocess.run([sys.executable, p], cwd=here, check=True)
