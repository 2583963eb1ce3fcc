"""From bytes to a cleaned lxml tree: decoding, parsing, cleaning, and the token vocabularies."""
