"""Stage 4: rules (data in rules/*.toml) turn detector hits into findings and a verdict."""
