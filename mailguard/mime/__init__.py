"""Stage 1: raw bytes → ParsedMessage (headers, decoded text parts, attachments, defects)."""
