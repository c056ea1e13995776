"""SQLite archive of ward announcements: schema, storage, CLI, export."""
