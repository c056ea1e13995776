"""Scrapy project and platform parsers for ward and commune portals."""
