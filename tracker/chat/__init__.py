"""What every chat bot shares, so a platform adapter only translates.

``commands`` parses command arguments (a ``tracker.errors.UsageError`` on bad input),
``texts`` holds what the bots say (the help built from the watches, replies, error
messages), ``actions`` the review and vote buttons, ``text`` the cleaning and
shortening of untrusted text, and ``service`` the use cases a bot calls.
"""
