"""The REST API under /api: routes, their docs page, the token gate and the body limit."""
