"""Scoring against gold data sets: one module per `frontlines eval KIND`."""
