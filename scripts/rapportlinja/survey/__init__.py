"""The anonymous survey of partner services (health, school, NAV): questions, Forms text, import, aggregate."""
