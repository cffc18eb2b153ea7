"""Say So: the kiosk application, its store, bundles and organiser tools."""
