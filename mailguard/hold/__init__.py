"""Stage 6: the durable store of judged and held mail, and the one place holds are acted on."""
