"""qlik-catalog: an async Python SDK for the Qlik Cloud catalog."""

__version__ = "0.1.0"
