"""
categories: Modules,json
description: json.loads() accepts some malformed documents
cause: The parser does not require separators between array items.
workaround: Validate input with a stricter parser where it matters.
"""
import json

try:
    print(json.loads("[1 2]"))
except ValueError:
    print("ValueError")
