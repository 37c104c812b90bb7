/* Included from below: the fixture of the layer check test. */
