"""PDF documents built from service results: plain data in, PDF bytes out."""
