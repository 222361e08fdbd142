"""The error answers every endpoint can give, written into the OpenAPI schema.

Views document their success bodies; the refusals come from shared code (authentication,
permissions, the exception handler, throttles and rate limits), so they are added here
once, for every operation, in the shape marketplace/api/errors.py produces.
"""

ERROR = {
    "type": "object",
    "description": "A refusal: `detail` says why in words; `code` names it for programs.",
    "properties": {"detail": {"type": "string"}, "code": {"type": "string"}},
    "additionalProperties": True,
}
FIELD_ERRORS = {
    "type": "object",
    "description": "Each field that was wrong, with what was wrong with it.",
    "additionalProperties": True,
}
COMMON_ERRORS = {
    "400": ("Bad input: each field named with the reason.", "FieldErrors"),
    "401": ("Not signed in, or the token is not valid.", "Error"),
    "403": ("Signed in but not allowed to do this.", "Error"),
    "404": ("No such object, or not one this user may see.", "Error"),
    "409": ("Not possible in the object's current state; the reason says why.", "Error"),
    "429": ("Too many requests; retry after the seconds in Retry-After.", "Error"),
}
# Only where an operation reads a body.
BODY_ERRORS = {
    "415": ("The body is not in a media type this operation reads; send JSON.", "Error"),
}


def add_error_responses(result, generator, request, public):
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault("Error", ERROR)
    components.setdefault("FieldErrors", FIELD_ERRORS)
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            errors = COMMON_ERRORS | (BODY_ERRORS if "requestBody" in operation else {})
            for status, (description, schema) in errors.items():
                responses.setdefault(
                    status,
                    {
                        "description": description,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{schema}"}
                            }
                        },
                    },
                )
    return result
