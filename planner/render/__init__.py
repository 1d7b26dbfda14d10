"""The prep sheet on paper: layout and painting with QtGui alone (no widgets).

The window's print preview and print dialog, and the command line's `sheet` (on Qt's
offscreen platform, with no window), use the same code from here."""
