"""Stage 3: detectors read a ScanInput and report Hits (they never decide actions)."""
