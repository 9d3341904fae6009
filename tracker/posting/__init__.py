"""Posting: the policy that decides where a matched statement goes, and the fixed words of a
post in both languages. Pure: no I/O."""
