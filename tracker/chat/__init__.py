"""What every chat bot shares: command parsing, texts, review and vote actions, shortening."""
