"""The public site keeps no data of its own: pages are made from the catalogue, and cached under
the catalogue's version (``lantern.catalog.versions``)."""
