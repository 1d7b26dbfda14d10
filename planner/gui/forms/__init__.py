"""Python generated from the Designer forms in ui/ by tools/build_forms.py. Do not edit."""
