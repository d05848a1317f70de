"""Alembic migrations; the scripts ship inside the package so an installed wheel can migrate."""
