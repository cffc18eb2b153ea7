"""Reports over the organiser store: counts with small numbers kept safe, in every format."""
