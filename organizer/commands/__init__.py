"""CLI subcommands, one module per area; each module defines ``register(subparsers)``."""
