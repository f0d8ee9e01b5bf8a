"""Facts about the document this package was generated from; do not edit."""

API_VERSION = "2026-12-07"
"""The `Paylera-Version` the document describes (sent with every request)."""

GENERATOR = "openapi-python-client==0.29.1"
