"""
categories: Core,Classes
description: __init_subclass__ is not called when a subclass is defined
cause: Class creation does not look up and call __init_subclass__ on the bases.
workaround: Register subclasses explicitly, e.g. with a class decorator.
"""
class Plugin:
    registry = []

    def __init_subclass__(cls):
        Plugin.registry.append(cls.__name__)


class Audio(Plugin):
    pass


print(Plugin.registry)
