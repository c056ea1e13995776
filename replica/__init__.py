"""Portal replica: simulated ward portals served over real HTTP on 127.0.0.1.

Used by `make demo`, the tests and the benchmarks so that no traffic ever
goes to a real ward server. Each site renders the same generated articles in
one real platform's URL scheme, DOM, pagination and noise (see
../shared/portals.md); the spiders crawl it exactly as they crawl real portals.
"""
