"""The bot's features, one cog each: public commands, curation and admin, membership."""
