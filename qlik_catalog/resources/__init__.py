"""One module per Qlik API, each a group of methods bound to a QlikCatalog."""
