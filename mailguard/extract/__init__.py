"""Stage 2: ParsedMessage → text parts (subject, body new/quoted, attachments)."""
