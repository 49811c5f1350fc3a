"""All articles together: analysis run, speakers aligned across articles, stories."""
