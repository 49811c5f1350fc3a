"""One article, pure and cacheable: clean, metadata, sentences, summary, who said what."""
