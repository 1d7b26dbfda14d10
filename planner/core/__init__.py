"""The domain: plain Python, no Qt import anywhere below here."""
