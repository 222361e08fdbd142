from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, answering 400 to two things JSON allows and Python chokes on.

    Nesting too deep for the decoder raised RecursionError. A lone surrogate (an escape such
    as \\ud800) decodes to a str that cannot be encoded, so any error message quoting it
    failed to render, and any value holding it failed to save.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise ParseError("JSON parse error - nested too deeply.") from exc
        if not _is_unicode(data):
            raise ParseError(
                "JSON parse error - a string holds a lone surrogate (\\ud800-\\udfff)."
            )
        return data


def _is_unicode(data) -> bool:
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(data, dict):
        return all(_is_unicode(key) and _is_unicode(value) for key, value in data.items())
    if isinstance(data, list):
        return all(_is_unicode(item) for item in data)
    return True
