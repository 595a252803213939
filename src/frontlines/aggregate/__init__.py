"""aggregate layer."""
