"""The app's pages (one module each). Every page is a QWidget taking ``(session, parent=None)``."""
