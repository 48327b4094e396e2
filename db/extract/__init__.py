"""Turning a news article into draft events: text, sentences, dates, quotes, casualties, places, drafts."""
