"""Stage 5a: the SMTP relay (aiosmtpd in, aiosmtplib out)."""
