from django import template

register = template.Library()


@register.filter
def lookup(mapping: dict, key):
    """mapping|lookup:key — a dictionary value in a template, or the key itself if absent."""
    return mapping.get(key, key) if hasattr(mapping, "get") else key


@register.filter
def names(keys, mapping: dict) -> list:
    """keys|names:mapping — each key's name (region codes as names), or the key if absent."""
    return [lookup(mapping, key) for key in keys or ()]
