"""lorkit: plan U.S. clinical rotations so they end in strong letters of recommendation."""

__version__ = "0.1.0"
