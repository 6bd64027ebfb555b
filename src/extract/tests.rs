//! Extraction tests on small pages written in a tiny markup (see `page`).
