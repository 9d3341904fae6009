"""The operations that touch the database: ingest, extract, match, queue, review, curate, destinations, alerts."""
