"""One module per `sayso` sub-command (some modules hold two)."""
