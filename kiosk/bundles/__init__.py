"""Signed bundles and the QR frames that carry them from kiosk to organiser."""
