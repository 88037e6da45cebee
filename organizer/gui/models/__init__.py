"""Qt item models over the core's data, kept separate from the views that show them."""
