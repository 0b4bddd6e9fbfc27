"""Personal-data recognizers, one module per entity family."""
