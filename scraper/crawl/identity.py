"""The crawler's identity: a User-Agent that names the project and a contact URL."""
from __future__ import annotations

AGENT = "ward-archive/0.1 (+{contact}; archiving public ward announcements)"


def user_agent(contact_url: str) -> str:
    return AGENT.format(contact=contact_url)


class CrawlerIdentity:
    """A Scrapy add-on: builds USER_AGENT from WARD_CONTACT_URL.

    Add-ons run once every setting is known (the settings module, the
    environment, `-s` on the command line), so the User-Agent follows
    whatever contact URL the crawl was given. It replaces the settings
    module's USER_AGENT (same priority), not one given on the command line:
    `-s USER_AGENT=...` still replaces the whole string.
    """

    def update_settings(self, settings) -> None:
        settings.set("USER_AGENT", user_agent(settings.get("WARD_CONTACT_URL")), priority="project")
