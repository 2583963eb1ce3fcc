"""Optional integrations (WARC, Scrapy, Spark): thin, behind extras, never imported by ``articlekit``."""
