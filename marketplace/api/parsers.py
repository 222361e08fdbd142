from rest_framework import parsers
from rest_framework.exceptions import ParseError

from marketplace.core.untrusted_json import UnsafeJSON, json_check


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, answering 400 to what JSON allows and Python or the database choke on.

    Nesting too deep for the decoder raised RecursionError, and nesting just short of that
    raised it again when the body was walked. A lone surrogate (an escape such as \\ud800)
    decodes to a str that cannot be encoded, so any error message quoting it failed to
    render, and any value holding it failed to save. NUL is left to the fields' own checks,
    which name the field.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise ParseError("JSON parse error - nested too deeply.") from exc
        try:
            json_check(data, refuse_nul=False)
        except UnsafeJSON as exc:
            raise ParseError(f"JSON parse error - {exc}.") from exc
        return data
