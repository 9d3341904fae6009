"""Telegram update handlers, one module per feature; each has ``register(app)``."""
