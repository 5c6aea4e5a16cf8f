"""Everything that knows SQL, the SQLCipher file format and the key file."""
